// The type checker as a pipeline pass (../index.ts): item-level trait errors in the 'item' phase, then each
// body's type errors in its 'typeck' step.
import type { Pass } from '../index.ts';
import { itemTypeErrors, typeErrors } from './index.ts';

export const typeckPass: Pass = {
  name: 'typeck',
  run(ctx) {
    for (const d of itemTypeErrors(ctx.program)) ctx.report(d, { phase: 'item' });
    for (const b of typeErrors(ctx.program, ctx.file)) for (const d of b.diagnostics) ctx.report(d, { phase: 'body', body: b.body, step: 'typeck' });
  },
};
