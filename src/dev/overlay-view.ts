// The browser overlay's markup for a dev status, as an HTML string (pure, so it is tested without a browser):
// a Korean title, one `file:line:col` entry per error, a note when the page shows an older book.
import type { BookDiagnostic } from '../book/model.ts';
import type { DevStatus } from './dev-status.ts';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function place(d: BookDiagnostic): string {
  return `${d.loc.file}:${d.loc.line}:${d.loc.col ?? 1}`;
}

/** Null when there is nothing to show (no errors). */
export function overlayHtml(status: DevStatus): string | null {
  if (status.errors.length === 0) return null;
  const note = status.stale
    ? '<p class="note">페이지는 마지막으로 성공한 책을 보여 주고 있습니다. 파일을 고쳐 저장하면 이 창은 저절로 닫힙니다.</p>'
    : '<p class="note">파일을 고쳐 저장하면 이 창은 저절로 닫힙니다.</p>';
  const items = status.errors
    .map((d) => `<li><code class="where">${escapeHtml(place(d))}</code><pre class="message">${escapeHtml(d.message)}</pre></li>`)
    .join('');
  return (
    `<div class="panel" role="alertdialog" aria-labelledby="heapbook-overlay-title">` +
    `<header><h2 id="heapbook-overlay-title">책에 오류가 ${status.errors.length}개 있습니다</h2>` +
    `<button type="button" class="close" aria-label="오류 창 닫기" title="닫기">×</button></header>` +
    `${note}<ol>${items}</ol></div>`
  );
}

export const OVERLAY_CSS = `
:host { all: initial; }
.backdrop { position: fixed; inset: 0; z-index: 2147483000; background: rgba(0,0,0,.55); display: flex; align-items: flex-start; justify-content: center; overflow: auto; font-family: system-ui, sans-serif; }
.panel { margin: 6vh 16px; max-width: 960px; width: 100%; background: #1e1e1e; color: #eee; border-top: 6px solid #e5484d; border-radius: 8px; padding: 16px 20px; box-shadow: 0 10px 40px rgba(0,0,0,.5); }
header { display: flex; justify-content: space-between; align-items: center; gap: 12px; }
h2 { margin: 0; font-size: 20px; color: #ff8589; }
.close { background: none; border: 0; color: #eee; font-size: 28px; cursor: pointer; line-height: 1; }
.note { color: #bbb; font-size: 14px; }
ol { padding-left: 1.4em; }
li { margin: 10px 0; }
.where { color: #ffd479; font-family: ui-monospace, monospace; font-size: 14px; }
.message { white-space: pre-wrap; margin: 4px 0 0; font-family: ui-monospace, monospace; font-size: 14px; }
`;
