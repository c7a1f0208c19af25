// Build-time pre-runs never fail the build: errors and unsupported programs become diagnostics.
import { describe, it, expect } from 'vitest';
import { prerunWith } from '../../../src/book/listings/prerun.ts';
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
