// Build-time pre-runs never fail the build: errors and unsupported programs become diagnostics.
import { describe, it, expect } from 'vitest';
import { MAX_PAGE_OUTPUT, capOutput, prerunWith } from '../../../src/book/listings/prerun.ts';
import { parseCodeAttrs } from '../../../src/book/listings/code-attrs.ts';
import type { ListingData } from '../../../src/book/model.ts';

const listing: ListingData = {
  id: 'listing-15-26',
  source: 'fn main() {}',
  visible: [true],
  attrs: parseCodeAttrs('rust'),
  loc: { file: 'src/ch15-06.md', line: 42 },
};
const span = { start: { line: 3, col: 5 }, end: { line: 3, col: 9 } };

describe('prerunWith', () => {
  it('keeps output of a clean run', () => {
    const out = prerunWith(() => ({ stdout: 'hi\n', stderr: '', exitCode: 0, diagnostics: [] }), listing);
    expect(out).toEqual({ precomputed: { stdout: 'hi\n', stderr: '', exitCode: 0 } });
  });

  it("shows the book's output.txt for a listing the simulator could not run at all", () => {
    const book = '$ cargo run\n   Compiling x v0.1.0\nHello from a server\n';
    const cannot = () => ({ stdout: '', stderr: '', exitCode: 2, outcome: { kind: 'error' }, diagnostics: [{ severity: 'error', message: '지원하지 않는 기능: TcpListener', span }] });
    const out = prerunWith(cannot, { ...listing, cargo: { dir: 'listings/ch20/listing-20-01', outputTxt: book } });
    expect(out.precomputed?.couldNotRun).toBe(true);
    expect(out.precomputed?.bookOutput).toBe(book);
    // Without an output.txt there is nothing to show in its place.
    expect(prerunWith(cannot, listing).precomputed?.bookOutput).toBeUndefined();
  });

  it('turns an unsupported feature into a listing diagnostic and a book warning', () => {
    const out = prerunWith(
      () => ({ stdout: '', stderr: '', exitCode: 1, diagnostics: [{ severity: 'error', message: '지원하지 않는 기능: async', span }] }),
      listing,
    );
    expect(out.precomputed?.diagnostic).toEqual({ line: 3, col: 5, message: '지원하지 않는 기능: async' });
    expect(out.warning?.severity).toBe('warning');
    expect(out.warning?.loc).toEqual(listing.loc);
    expect(out.warning?.message).toContain('listing-15-26');
  });

  it('survives a simulator that throws', () => {
    const out = prerunWith(() => {
      throw new Error('boom');
    }, listing);
    expect(out.precomputed?.diagnostic?.message).toContain('boom');
    expect(out.warning?.message).toContain('boom');
  });
});

describe('prerunWith and the page it feeds', () => {
  it('cuts output longer than a page should carry, at a line break, and says how much there was', () => {
    const long = 'x'.repeat(99) + '\n';
    const out = prerunWith(() => ({ stdout: long.repeat(1000), stderr: '', exitCode: 0, diagnostics: [] }), listing);
    const p = out.precomputed!;
    expect(p.stdout.length).toBeLessThanOrEqual(MAX_PAGE_OUTPUT);
    expect(p.stdout.endsWith('\n')).toBe(true);
    expect(p.cut).toEqual({ shownBytes: p.stdout.length, totalBytes: 100_000 });
    expect(capOutput('short')).toEqual({ text: 'short', cut: false });
  });

  it('marks a program the simulator could not run at all (exit code 2 is the simulator’s, not the program’s)', async () => {
    const { runRust } = await import('../../../src/sim/api.ts');
    const out = prerunWith(runRust, { ...listing, source: 'fn main() {\n    let x = ;\n}\n' });
    expect(out.precomputed?.couldNotRun).toBe(true);
    expect(out.precomputed?.figure).toBeUndefined();
    const ok = prerunWith(runRust, { ...listing, source: 'fn main() {\n    std::process::exit(2);\n}\n' });
    expect(ok.precomputed?.exitCode).toBe(2);
    expect(ok.precomputed?.couldNotRun).toBeUndefined();
  });

  it('draws the landing step as a standalone SVG with Korean alt text', async () => {
    const { runRust } = await import('../../../src/sim/api.ts');
    const out = prerunWith(runRust, { ...listing, source: 'fn main() {\n    let b = Box::new(5);\n    println!("{}", b);\n}\n' });
    const fig = out.precomputed!.figure!;
    expect(fig.svg).toContain('data-slot="b"');
    expect(fig.svg).toContain('data-kind="Box"');
    expect(fig.svg).toContain('id="hb-fig-listing-15-26-title"');
    expect(fig.alt).toContain('b: Box → #1');
    expect(fig.width).toBeGreaterThan(0);
  });

  it('keeps the page small when a program prints forever', async () => {
    const { runRust } = await import('../../../src/sim/api.ts');
    const out = prerunWith(runRust, { ...listing, source: 'fn main() {\n    loop {\n        println!("또 한 줄");\n    }\n}\n' });
    const p = out.precomputed!;
    expect(p.stdout.length).toBeLessThanOrEqual(MAX_PAGE_OUTPUT);
    expect(p.cut!.totalBytes).toBeGreaterThan(1_000_000);
    expect(JSON.stringify(p).length).toBeLessThan(64 * 1024);
  });
});
