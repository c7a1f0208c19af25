// Where a listing's source lines are written when rustdoc_include dropped ANCHOR lines and hid the rest:
// matched in order against the included file, so simulator errors point at the listing file's real line.
import { describe, expect, it } from 'vitest';
import { listingFolder, subsequenceLines } from '../../src/check/listing-sources.ts';

describe('subsequenceLines', () => {
  it('maps source lines to file lines, skipping dropped anchor lines', () => {
    const file = ['fn main() {', '    // ANCHOR: here', '    let x = 1;', '    // ANCHOR_END: here', '}', ''];
    const source = ['fn main() {', '    let x = 1;', '}'];
    expect(subsequenceLines(source, file)).toEqual([1, 3, 5]);
  });

  it('is null when a line is not in the file', () => {
    expect(subsequenceLines(['fn main() {}', 'extra'], ['fn main() {}'])).toBeNull();
  });
});

describe('listingFolder', () => {
  it('is the listing-NN-MM folder of a file', () => {
    expect(listingFolder('listings/ch15-smart-pointers/listing-15-26/src/main.rs')).toBe('listings/ch15-smart-pointers/listing-15-26');
    expect(listingFolder('listings/ch15-smart-pointers/listing-15-26/output.txt')).toBe('listings/ch15-smart-pointers/listing-15-26');
    expect(listingFolder('src/parts/a.md')).toBeNull();
  });
});
