import { afterAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { SimPool } from '../../src/conformance/sim-pool.ts';
import { FIXTURE_BOOK, truthOf } from './truth-fixture.ts';

const spin = fileURLToPath(new URL('./fixtures/crates/spin', import.meta.url));
const greet = join(FIXTURE_BOOK, 'listings/ch01-demo/greet');
const req = { mode: 'run' as const, args: [], env: {}, stdin: '' };

describe('SimPool', () => {
  const pool = new SimPool(60);
  afterAll(() => pool.close());

  it('simulates in a worker and returns the adapter\'s answer', async () => {
    expect(await pool.simulate(greet, req)).toMatchObject({ stdout: truthOf('greet').stdout, exitCode: 0, simDiagnostics: [] });
  });

  it('abandons a crate that overruns its time guard and carries on with a fresh worker', async () => {
    const r = await pool.simulate(spin, req, 0.05);
    expect(r.exitCode).toBe(2);
    expect(r.simDiagnostics[0]).toMatch(/^time-guard: /);
    expect(await pool.simulate(greet, req)).toMatchObject({ stdout: truthOf('greet').stdout, exitCode: 0 });
  });
});
