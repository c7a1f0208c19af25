// The borrow checker as a pipeline pass (../index.ts): every body's errors reported in the 'borrowck' step
// of that body, after its typeck and match checks, as rustc orders them.
import type { Pass } from '../index.ts';
import { borrowck } from './index.ts';

export const borrowckPass: Pass = {
  name: 'borrowck',
  run(ctx) {
    for (const b of borrowck(ctx.program, ctx.file)) for (const d of b.diagnostics) ctx.report(d, { phase: 'body', body: b.body, step: 'borrowck' });
  },
};
