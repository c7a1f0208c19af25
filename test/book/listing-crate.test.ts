import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { listingCrate } from '../../src/book/listings/listing-crate.ts';
import { runCrate } from '../../src/sim/api.ts';
import type { ListingData } from '../../src/book/model.ts';

const book = fileURLToPath(new URL('./fixtures/crate-listings/', import.meta.url));

describe('listingCrate', () => {
  it('packs a crate with a library, a data file and output.txt run settings', () => {
    const c = listingCrate(book, 'listings/ch01-x/listing-01-01/src/main.rs');
    expect(c?.file).toBe('src/main.rs');
    expect(Object.keys(c!.files).sort()).toEqual(['Cargo.toml', 'src/lib.rs', 'src/main.rs', 'verse.txt']);
    expect(c?.run).toEqual({ mode: 'run', args: ['verse.txt'], env: { KEEP: '1' } });
    const r = runCrate({ files: c!.files, args: c!.run.args, env: c!.run.env });
    expect([r.stdout, r.exitCode]).toEqual(['verse.txt\n', 0]);
  });
  it('leaves a plain one-file cargo run listing alone', () => {
    expect(listingCrate(book, 'listings/ch01-x/listing-01-02/src/main.rs')).toBeUndefined();
  });
  it('takes a workspace member up to its workspace root', () => {
    const c = listingCrate(book, 'listings/ch01-x/listing-01-03/ws/util/src/lib.rs');
    expect(c?.file).toBe('util/src/lib.rs');
    expect(Object.keys(c!.files).sort()).toEqual(['Cargo.toml', 'app/Cargo.toml', 'app/src/main.rs', 'util/Cargo.toml', 'util/src/lib.rs']);
    expect(runCrate({ files: c!.files }).stdout).toBe('2\n');
  });
  it('ignores files outside listings/', () => {
    expect(listingCrate(book, 'src/ch01.md')).toBeUndefined();
  });
});

describe('prerun of a crate listing', () => {
  it('runs the listing inside its crate with the output.txt arguments', async () => {
    const { prerunListings } = await import('../../src/book/listings/prerun.ts');
    const crate = listingCrate(book, 'listings/ch01-x/listing-01-01/src/main.rs')!;
    const listing = { id: 'listing-01-01', source: crate.files['src/main.rs'], visible: [], attrs: { other: [] } as unknown as ListingData['attrs'], loc: { file: 'src/ch01.md', line: 1 }, crate };
    const warnings = await prerunListings([listing]);
    expect(warnings).toEqual([]);
    expect(listing).toMatchObject({ precomputed: { stdout: 'verse.txt\n', stderr: '', exitCode: 0 } });
  });
});
