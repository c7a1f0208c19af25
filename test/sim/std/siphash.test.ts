// SipHash-1-3 with keys (0, 0) — std's DefaultHasher::new(): figures printed by rustc 1.95 binaries
// (`DefaultHasher::new().finish()`, and after `write_u8(1)` / `write(b"abc")` + the str terminator 0xff).
import { describe, expect, it } from 'vitest';
import { sipHash13 } from '../../../src/sim/std/siphash.ts';

describe('sipHash13', () => {
  it('hashes nothing as DefaultHasher::new().finish()', () => {
    expect(sipHash13([])).toBe(15130871412783076140n);
  });
  it('hashes one byte (1u8.hash) and a str ("abc".hash: bytes then 0xff)', () => {
    expect(sipHash13([1])).toBe(4952851536318644461n);
    expect(sipHash13([0x61, 0x62, 0x63, 0xff])).toBe(17224545590736200989n);
  });
  it('crosses the 8-byte block boundary (1i32.hash is 4 bytes, 1u64 8)', () => {
    expect(sipHash13([1, 0, 0, 0])).toBe(1742378985846435984n);
    expect(sipHash13([1, 0, 0, 0, 0, 0, 0, 0])).toBe(2206609067086327257n);
  });
});
