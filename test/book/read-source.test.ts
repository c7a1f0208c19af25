// Reading book files: UTF-8 only, with the file and line of the first bad byte; missing files are null.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bookFileReader, decodeUtf8, firstInvalidUtf8, readSourceFile } from '../../src/book/read-source.ts';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('firstInvalidUtf8', () => {
  it('accepts well-formed UTF-8, Korean and emoji included', () => {
    expect(firstInvalidUtf8(new TextEncoder().encode('fn main() { println!("안녕 🦀"); }'))).toBe(-1);
  });

  it('finds stray, truncated, overlong and surrogate sequences', () => {
    expect(firstInvalidUtf8(bytes(0x61, 0xff))).toBe(1);
    expect(firstInvalidUtf8(bytes(0x61, 0xec, 0x95))).toBe(1); // truncated 3-byte
    expect(firstInvalidUtf8(bytes(0xc0, 0xaf))).toBe(0); // overlong '/'
    expect(firstInvalidUtf8(bytes(0xe0, 0x80, 0xaf))).toBe(0); // overlong
    expect(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80))).toBe(0); // UTF-16 surrogate
    expect(firstInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0); // > U+10FFFF
  });
});

describe('decodeUtf8 / readSourceFile', () => {
  it('names the file and the line of the first bad byte', () => {
    expect(() => decodeUtf8(bytes(0x61, 0x0a, 0x62, 0x0a, 0xb2), 'listings/x.rs')).toThrow(
      'listings/x.rs:3: UTF-8 텍스트 파일이 아닙니다 (바이트 4에 잘못된 바이트 0xb2)',
    );
  });

  it('reads text, returns null for a missing file, and refuses a folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'heapbook-read-'));
    writeFileSync(join(root, 'a.md'), '# 제목\n');
    mkdirSync(join(root, 'dir'));
    expect(readSourceFile(join(root, 'a.md'), 'a.md')).toBe('# 제목\n');
    expect(readSourceFile(join(root, 'nope.md'), 'nope.md')).toBeNull();
    expect(readSourceFile(join(root, 'nope/x.md'), 'nope/x.md')).toBeNull();
    expect(() => readSourceFile(join(root, 'dir'), 'dir')).toThrow('dir:1: 파일이 아니라 폴더입니다');
    const read = bookFileReader(root);
    writeFileSync(join(root, 'bad.rs'), bytes(0x80));
    expect(() => read(join(root, 'bad.rs'))).toThrow(/^bad\.rs:1: UTF-8/);
  });
});
