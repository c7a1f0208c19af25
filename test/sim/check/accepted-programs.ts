// Programs rustc accepts, for the checker passes' no-false-positive tests: the golden corpus, the book's
// listings that compile, the checker's own accepted fixtures and the simulator's fixtures (all run, none rejected).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../../', import.meta.url));

function rustFiles(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const x of readdirSync(dir)) {
    const p = `${dir}/${x}`;
    if (statSync(p).isDirectory()) { if (x !== 'target') rustFiles(p, out); } else if (p.endsWith('.rs')) out.push(p);
  }
  return out;
}

/** A listing crate whose output.txt shows a compile error is one rustc rejects. */
function rejected(file: string): boolean {
  const crate = file.replace(/\/src\/.*$/, '');
  const out = `${crate}/output.txt`;
  return existsSync(out) && /^error(\[E\d+\])?:/m.test(readFileSync(out, 'utf8'));
}

/** Absolute paths of single-file programs rustc accepts. */
export function acceptedPrograms(): string[] {
  return [
    // test/programs/crates holds multi-file crates (`mod x;` files), checked through runCrate elsewhere.
    ...rustFiles(`${root}test/programs`).filter((f) => !f.includes('/test/programs/crates/')),
    ...rustFiles(`${root}content/listings`).filter((f) => !rejected(f)),
    ...rustFiles(`${root}test/sim/check/borrow/accepted`),
    ...rustFiles(`${root}test/sim/check/types/accepted`),
    ...rustFiles(`${root}test/sim/memory/fixtures`),
    ...rustFiles(`${root}test/sim/semantics/fixtures`),
    ...rustFiles(`${root}test/sim/syntax/fixtures`),
    ...rustFiles(`${root}test/sim/cli/fixtures`),
  ];
}
