// The type checker as a pipeline pass (../index.ts): each body's type errors in its 'typeck' step.
import type { Pass } from '../index.ts';
import { typeErrors } from './index.ts';

export const typeckPass: Pass = {
  name: 'typeck',
  run(ctx) {
    for (const b of typeErrors(ctx.program)) for (const d of b.diagnostics) ctx.report(d, { phase: 'body', body: b.body, step: 'typeck' });
  },
};
