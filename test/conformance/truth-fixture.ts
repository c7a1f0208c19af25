// Loads the real cargo results of the fixture book (test/conformance/fixtures/truth.json, made by
// fixtures/regen.sh with cargo) so tests can use them without a Rust toolchain.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TruthClass } from '../../src/conformance/classify.ts';

export interface FixtureTruth {
  path: string;
  command: string;
  commandSource: string;
  classification: TruthClass;
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

export const FIXTURE_BOOK = fileURLToPath(new URL('./fixtures/book', import.meta.url));

const data = JSON.parse(readFileSync(new URL('./fixtures/truth.json', import.meta.url), 'utf8')) as { crates: FixtureTruth[] };

/** The fixture crate whose path ends with `/name`. */
export function truthOf(name: string): FixtureTruth {
  const t = data.crates.find((c) => c.path.endsWith(`/${name}`));
  if (!t) throw new Error(`no fixture truth for ${name}`);
  return t;
}
