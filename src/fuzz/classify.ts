// What a fuzzed run ended as: a normal exit, a Rust panic, a Rust-style diagnostic, the step limit, or
// an internal error (a JavaScript exception or `[object Object]` leaking out). Pure.
import type { RunResult } from '../sim/api.ts';

export type FuzzOutcome = 'normal' | 'panic' | 'diagnostic' | 'step-limit' | 'internal' | 'hang';
export const OUTCOMES: FuzzOutcome[] = ['normal', 'panic', 'diagnostic', 'step-limit', 'internal', 'hang'];

export function classify(r: RunResult): { outcome: FuzzOutcome; message: string } {
  const bad = r.diagnostics.find((d) => d.code === 'internal' || d.message.includes('[object Object]'));
  if (bad) return { outcome: 'internal', message: bad.message };
  if (r.stdout.includes('[object Object]') || r.stderr.includes('[object Object]')) return { outcome: 'internal', message: '[object Object] in output' };
  switch (r.outcome.kind) {
    case 'finished': case 'exit': return { outcome: 'normal', message: '' };
    case 'panic': case 'stack-overflow': return { outcome: 'panic', message: r.outcome.kind === 'panic' ? r.outcome.message : 'stack overflow' };
    case 'step-limit': return { outcome: 'step-limit', message: '' };
    case 'stopped': return { outcome: 'hang', message: r.outcome.reason };
    case 'compile-error': return { outcome: 'diagnostic', message: r.stderr.split('\n', 1)[0] };
    case 'error': {
      const d = r.diagnostics.find((x) => x.severity === 'error');
      return { outcome: 'diagnostic', message: d ? `${d.code}: ${d.message}` : '' };
    }
  }
}
