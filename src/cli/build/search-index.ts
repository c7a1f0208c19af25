// Indexes a built site with Pagefind (Node API) so the search box works offline from static files.
// The whole book is indexed as Korean; the index lands in <site>/pagefind/.
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import * as pagefind from 'pagefind';

export interface SearchIndexResult {
  /** Pages actually indexed (those with a data-pagefind-body), summed over languages. */
  pages: number;
}

interface PagefindEntry {
  languages: Record<string, { page_count: number }>;
}

export async function writeSearchIndex(siteDir: string): Promise<SearchIndexResult> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ko' });
    if (!index) throw new Error(`Pagefind 색인을 만들 수 없습니다: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(`Pagefind 색인 오류: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind 쓰기 오류: ${written.errors.join('; ')}`);
    const entry = JSON.parse(await readFile(join(written.outputPath, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
    return { pages: Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0) };
  } finally {
    await pagefind.close();
  }
}
