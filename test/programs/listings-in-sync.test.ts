// Pins that the corpus copies of the book's listings (test/programs/NN-listing-15-xx) equal the
// listings in content/, so the goldens always describe the programs readers actually run.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const PROGRAMS = join(ROOT, 'test', 'programs');
const LISTINGS = join(ROOT, 'content', 'listings', 'ch15-smart-pointers');

const copies = readdirSync(PROGRAMS)
  .map((dir) => ({ dir, m: /^\d+-(listing-\d+-\d+)$/.exec(dir) }))
  .filter((e): e is { dir: string; m: RegExpExecArray } => e.m !== null);

describe('corpus copies of content listings', () => {
  it('covers every content listing', () => {
    const listings = readdirSync(LISTINGS).filter((d) => d.startsWith('listing-')).sort();
    expect(copies.map((c) => c.m[1]).sort()).toEqual(listings);
  });

  for (const { dir, m } of copies) {
    it(`${dir} equals content/listings/…/${m[1]}/src/main.rs`, () => {
      const copy = readFileSync(join(PROGRAMS, dir, 'main.rs'), 'utf8');
      const original = readFileSync(join(LISTINGS, m[1]!, 'src', 'main.rs'), 'utf8');
      expect(copy).toBe(original);
    });
  }
});
