// Reads book source files from disk as UTF-8 text, failing with a BookError that names the file
// (and the line of the first bad byte) instead of silently decoding garbage.

import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { BookError } from './model.ts';

/** Reads a file by absolute path: its text, or null when there is no such file. */
export type FileReader = (absPath: string) => string | null;

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    const b1 = bytes[i + 1];
    if (len === 3 && ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 > 0x9f))) return i; // overlong / surrogate
    if (len === 4 && ((b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 > 0x8f))) return i; // overlong / > U+10FFFF
    i += len;
  }
  return -1;
}

/** Decodes UTF-8 bytes; `file` (relative to the book root) names the file in the error. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    let line = 1;
    for (let i = 0; i < bad; i++) if (bytes[i] === 0x0a) line++;
    throw new BookError(
      { file, line },
      `UTF-8 텍스트 파일이 아닙니다 (바이트 ${bad}에 잘못된 바이트 0x${bytes[bad].toString(16).padStart(2, '0')})`,
    );
  }
  return new TextDecoder('utf-8').decode(bytes);
}

function errnoCode(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : undefined;
}

/** Reads `absPath`; `file` names it in errors. Null when missing; BookError when a folder or not UTF-8. */
export function readSourceFile(absPath: string, file: string): string | null {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(absPath);
  } catch (e) {
    const code = errnoCode(e);
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    if (code === 'EISDIR') throw new BookError({ file, line: 1 }, '파일이 아니라 폴더입니다');
    throw new BookError({ file, line: 1 }, `파일을 읽을 수 없습니다 (${code ?? String(e)})`);
  }
  return decodeUtf8(bytes, file);
}

/** The real FileReader for a book: errors name files relative to `bookRoot`. */
export function bookFileReader(bookRoot: string): FileReader {
  return (absPath) => readSourceFile(absPath, posix.relative(bookRoot, absPath) || absPath);
}
