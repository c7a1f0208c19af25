// SipHash-1-3 over a byte string, as std's `DefaultHasher::new()` computes it (keys 0, 0): the hash of
// everything written is the hash of the concatenated bytes, so the hasher keeps the bytes. Pure.
const M = (1n << 64n) - 1n;
const rotl = (x: bigint, b: bigint) => ((x << b) | (x >> (64n - b))) & M;

export function sipHash13(bytes: ArrayLike<number>, k0 = 0n, k1 = 0n): bigint {
  let v0 = k0 ^ 0x736f6d6570736575n, v1 = k1 ^ 0x646f72616e646f6dn;
  let v2 = k0 ^ 0x6c7967656e657261n, v3 = k1 ^ 0x7465646279746573n;
  const round = () => {
    v0 = (v0 + v1) & M; v1 = rotl(v1, 13n); v1 ^= v0; v0 = rotl(v0, 32n);
    v2 = (v2 + v3) & M; v3 = rotl(v3, 16n); v3 ^= v2;
    v0 = (v0 + v3) & M; v3 = rotl(v3, 21n); v3 ^= v0;
    v2 = (v2 + v1) & M; v1 = rotl(v1, 17n); v1 ^= v2; v2 = rotl(v2, 32n);
  };
  const n = bytes.length;
  const word = (at: number, len: number) => {
    let m = 0n;
    for (let i = len - 1; i >= 0; i--) m = (m << 8n) | BigInt(bytes[at + i] & 0xff);
    return m;
  };
  let i = 0;
  for (; i + 8 <= n; i += 8) {
    const m = word(i, 8);
    v3 ^= m; round(); v0 ^= m;
  }
  const b = (BigInt(n & 0xff) << 56n) | word(i, n - i);
  v3 ^= b; round(); v0 ^= b;
  v2 ^= 0xffn;
  round(); round(); round();
  return (v0 ^ v1 ^ v2 ^ v3) & M;
}
