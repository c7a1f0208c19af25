// A run that takes its parsed and checked program from the front-end cache (what the worker does on 실행 again)
// gives byte-identical output and an identical trace to an uncached run, including after earlier runs evaluated
// copies of it; the golden corpus, the checker's compile-error goldens and a snippet are the programs.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { FrontCache, runRust, type RunOptions } from '../../../src/sim/api.ts';
import { copyPlain, NotPlainData } from '../../../src/sim/syntax/copy-plain.ts';

const root = (rel: string): string => fileURLToPath(new URL(`../../${rel}/`, import.meta.url));
const mains = (dir: string): string[] =>
  readdirSync(dir).sort().map((d) => join(dir, d, 'main.rs')).filter((f) => existsSync(f));
const PROGRAMS = [...mains(root('programs')), ...mains(root('sim/check/goldens'))];

/** The whole result as text (bigints written out): what the worker posts, compared byte for byte. */
const text = (r: unknown): string => JSON.stringify(r, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v));

describe('front-end cache', () => {
  it('covers programs that run and programs rustc rejects', () => {
    const kinds = new Set(PROGRAMS.map((f) => runRust(readFileSync(f, 'utf8'), { frontCache: new FrontCache() }).outcome.kind));
    expect(kinds).toContain('finished');
    expect(kinds).toContain('compile-error');
  });

  for (const file of PROGRAMS) {
    const name = file.split('/').slice(-2, -1)[0];
    it(`${name}: cached runs are the uncached run`, () => {
      const source = readFileSync(file, 'utf8');
      const options: RunOptions = { trace: true };
      const plain = text(runRust(source, options));
      const cache = new FrontCache();
      // A miss (computes and keeps), then two hits: each evaluates its own copy of the kept program.
      for (let k = 0; k < 3; k++) expect(text(runRust(source, { ...options, frontCache: cache }))).toBe(plain);
      expect(cache.hits).toBe(2);
    });
  }

  it('a prepared source is taken by its run; another source or other options are not', () => {
    const source = 'let v = vec![1, 2, 3];\nprintln!("{:?}", v);';
    const cache = new FrontCache();
    cache.prepare(source, { trace: true });
    const r = runRust(source, { trace: true, frontCache: cache });
    expect(cache.hits).toBe(1);
    expect(text(r)).toBe(text(runRust(source, { trace: true })));
    expect(r.stdout).toBe('[1, 2, 3]\n');
    runRust(source, { trace: false, frontCache: cache });
    runRust(source + '\n', { trace: false, frontCache: cache });
    expect(cache.hits).toBe(1);
  });

  it('copies plain data keeping shared objects shared, and refuses anything else', () => {
    const shared = { n: 1n };
    const v = { a: [shared, shared], b: shared, s: 'x', u: undefined };
    const c = copyPlain(v);
    expect(c).toEqual(v);
    expect(c.b).not.toBe(shared);
    expect(c.a[0]).toBe(c.b);
    expect(() => copyPlain({ m: new Map() })).toThrow(NotPlainData);
    expect(() => copyPlain({ f: () => 0 })).toThrow(NotPlainData);
  });
});
