// The rows of an mpsc channel's box: live senders, whether the receiver is alive, and the pending messages in the
// order `recv` takes them (oldest first). Pure, like rows.ts; the layout places them in the heap column.
import type { ChannelView } from '../../src/sim/trace/schema.ts';
import { valueRows, type OpenAt, type ValueRow } from './rows.ts';
import { valueText } from './value-text.ts';

const MAX_PENDING = 12;

/** Title and meta of a channel box: '채널 #1', 'mpsc::channel' or 'sync_channel(2)'. */
export function channelTitle(c: ChannelView): { title: string; meta: string } {
  return { title: `채널 #${c.id}`, meta: c.bound === undefined ? 'mpsc::channel' : `sync_channel(${c.bound})` };
}

/** Korean one-liners of a channel's state, shared by its box and the text alternative. */
export function channelFacts(c: ChannelView): { senders: string; receiver: string; queue: string } {
  return {
    senders: `${c.senders}개${c.senders === 0 ? ' (모두 드롭됨: 닫힘)' : ''}`,
    receiver: c.receiver ? '살아 있음' : '드롭됨',
    queue: c.pending.length === 0 ? '비어 있음' : `메시지 ${c.pending.length}개${c.bound !== undefined && c.pending.length >= c.bound ? ' (가득 참)' : ''}`,
  };
}

/** Rows of a channel's box: senders, receiver, queue length, then each pending message ('[0]' is received next). */
export function channelRows(c: ChannelView, changed: boolean, open: OpenAt = () => false): ValueRow[] {
  const info = (path: string, label: string, text: string): ValueRow => ({ path, label, text, depth: 0, state: 'live', changed });
  const f = channelFacts(c);
  const rows: ValueRow[] = [info('senders', '보내는 쪽', f.senders), info('receiver', '받는 쪽', f.receiver), info('queue', '대기열', f.queue)];
  c.pending.slice(0, MAX_PENDING).forEach((m, i) => {
    const r = valueRows(`[${i}]`, m, 1, `q[${i}]`, 'live', changed, open);
    if (i === 0) r[0] = { ...r[0], badge: '다음 recv' };
    rows.push(...r);
  });
  if (c.pending.length > MAX_PENDING) rows.push(info('more', '', `… ${c.pending.length - MAX_PENDING}개 더`));
  return rows;
}

/** The pending messages as one line: '["a", "b"]' (oldest first). */
export function pendingText(c: ChannelView): string {
  return `[${c.pending.map(valueText).join(', ')}]`;
}
