// Permalinks: the edited code travels in the URL fragment `#<listing-id>?code=<base64url>` and comes back intact.
import { describe, expect, it } from 'vitest';
import { codeFromHash, decodeCode, encodeCode, permalinkHash } from '../../components/edit/permalink.ts';

describe('permalink', () => {
  const code = 'fn main() {\n    let 이름 = "값 🦀";\n    println!("{이름} +/=");\n}\n';
  it('round-trips any UTF-8 text through a URL-safe fragment', () => {
    const hash = permalinkHash('listing-15-26', code);
    expect(hash).toMatch(/^#listing-15-26\?code=[A-Za-z0-9_-]+$/);
    expect(codeFromHash(hash, 'listing-15-26')).toBe(code);
    expect(decodeCode(encodeCode(''))).toBe('');
  });
  it('ignores fragments of other listings, plain anchors and broken text', () => {
    const hash = permalinkHash('listing-15-26', code);
    expect(codeFromHash(hash, 'listing-15-2')).toBeNull();
    expect(codeFromHash('#listing-15-26', 'listing-15-26')).toBeNull();
    expect(codeFromHash('#listing-15-26?code=%%%', 'listing-15-26')).toBeNull();
    expect(decodeCode('_w')).toBeNull(); // 0xFF is not UTF-8
  });
  it('carries a long listing', () => {
    const long = 'let x = 1;\n'.repeat(3000);
    expect(codeFromHash(permalinkHash('a', long), 'a')).toBe(long);
  });
});
