// Turns the destination of a SUMMARY.md link into a chapter path relative to the src folder,
// as mdBook reads it (`%20` means a space), refusing links that cannot be chapter files.

import { posix } from 'node:path';

export type ChapterPath = { ok: true; path: string | null } | { ok: false; message: string };

/** '' → null (a draft chapter); './ch01.md' → 'ch01.md'; 'a%20b.md' → 'a b.md'. */
export function chapterPath(url: string): ChapterPath {
  if (url === '') return { ok: true, path: null };
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
    return { ok: false, message: `목차 링크는 src 폴더 안의 파일이어야 합니다 (${url})` };
  }
  const normalized = posix.normalize(url.replace(/%20/g, ' '));
  if (normalized === '..' || normalized.startsWith('../') || posix.isAbsolute(normalized)) {
    return { ok: false, message: `목차 링크가 src 폴더 밖을 가리킵니다 (${url})` };
  }
  return { ok: true, path: normalized };
}
