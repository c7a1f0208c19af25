// Internal links, `#fragment`s and images resolved the way the site serves them: `.md` links to chapters in
// SUMMARY, fragments to ids on the target page, images and other files to files under src. Pure.
import { posix } from 'node:path';
import type { BookDiagnostic, SourceLoc } from '../book/model.ts';
import { error, warning } from './diagnostic.ts';
import { closest } from './closest.ts';

export interface LinkTarget {
  kind: 'link' | 'image';
  url: string;
}

export interface SiteIndex {
  srcDir: string;
  /** Fragment targets of each chapter page, keyed by path relative to srcDir ('ch15-06.md'). */
  anchors: ReadonlyMap<string, ReadonlySet<string>>;
  /** Page path by URL ('ch15-06.html' → 'ch15-06.md'). */
  pathByUrl: ReadonlyMap<string, string>;
  /** True for an existing file; path relative to the book root. */
  isFile(rel: string): boolean;
}

export type LinkProblem = { severity: 'error' | 'warning'; message: string } | null;

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function splitUrl(url: string): { path: string; fragment: string | null } {
  const hash = url.indexOf('#');
  const beforeHash = hash < 0 ? url : url.slice(0, hash);
  const q = beforeHash.indexOf('?');
  return { path: decode(q < 0 ? beforeHash : beforeHash.slice(0, q)), fragment: hash < 0 ? null : decode(url.slice(hash + 1)) };
}

function fragmentProblem(fragment: string, targetPath: string, anchors: ReadonlySet<string>, samePage: boolean): LinkProblem {
  if (fragment === '' || anchors.has(fragment)) return null;
  const where = samePage ? '이 페이지' : `${targetPath} 페이지`;
  const hint = closest(fragment, [...anchors]);
  return {
    severity: 'error',
    message: `링크의 #${fragment}: ${where}에 이런 id의 제목이나 예제 캡션이 없습니다${hint ? ` (혹시 #${hint}?)` : ''}`,
  };
}

/** What is wrong with one link or image target on page `pagePath` (relative to srcDir), or null. */
export function linkProblem(pagePath: string, target: LinkTarget, site: SiteIndex): LinkProblem {
  const { url, kind } = target;
  if (url.startsWith('//') || SCHEME.test(url)) return null;
  if (url.trim() === '') return kind === 'image' ? { severity: 'error', message: '이미지 주소가 비어 있습니다' } : null;
  const { path, fragment } = splitUrl(url);
  if (path.startsWith('/')) {
    return { severity: 'warning', message: `절대 경로 ${url}은(는) 사이트가 놓이는 주소에 따라 깨질 수 있습니다. 상대 경로를 쓰세요` };
  }
  if (path === '') {
    if (kind === 'image' || fragment === null) return null;
    return fragmentProblem(fragment, pagePath, site.anchors.get(pagePath) ?? new Set(), true);
  }
  let rel = posix.normalize(posix.join(posix.dirname(pagePath), path));
  if (path.endsWith('/')) rel = posix.join(rel, 'index.html');
  const inBook = posix.join(site.srcDir, rel);
  if (rel === '..' || rel.startsWith('../')) {
    if (kind === 'image') {
      return { severity: 'error', message: `이미지 ${url}이(가) ${site.srcDir} 폴더 밖을 가리킵니다. 사이트에는 ${site.srcDir} 안의 파일만 복사됩니다` };
    }
    // A link above the site (the Rust book's `../std/…`) may work where the book is hosted; it cannot be checked here.
    return { severity: 'warning', message: `링크 ${url}은(는) 책 사이트 밖(${site.srcDir} 폴더 위)을 가리킵니다. 책을 놓는 곳에 따라 깨질 수 있어 확인하지 못했습니다` };
  }
  if (kind === 'image') {
    return site.isFile(inBook) ? null : { severity: 'error', message: `이미지 파일이 없습니다: ${inBook}` };
  }
  if (/\.md$/i.test(rel)) {
    const anchors = site.anchors.get(rel);
    if (!anchors) {
      return site.isFile(inBook)
        ? { severity: 'error', message: `링크한 ${inBook}은(는) 목차(SUMMARY.md)에 없어 페이지가 만들어지지 않습니다` }
        : { severity: 'error', message: `링크한 장 파일이 없습니다: ${inBook}` };
    }
    return fragment === null ? null : fragmentProblem(fragment, rel, anchors, rel === pagePath);
  }
  if (/\.html?$/i.test(rel)) {
    const page = site.pathByUrl.get(rel);
    if (page === undefined) {
      if (site.isFile(inBook)) return null; // a static HTML file copied as an asset
      return { severity: 'error', message: `링크한 페이지가 없습니다: ${rel} (장에는 .md 파일 이름으로 링크하세요)` };
    }
    return fragment === null ? null : fragmentProblem(fragment, page, site.anchors.get(page) ?? new Set(), page === pagePath);
  }
  return site.isFile(inBook) ? null : { severity: 'error', message: `링크한 파일이 없습니다: ${inBook}` };
}

export interface LinkCheckOptions {
  /**
   * Severity of a broken link or `#fragment` (not an image): 'error' in `check` (the default),
   * 'warning' in `build` and `dev`, which, like mdBook, still make the page.
   */
  brokenLinks?: 'error' | 'warning';
}

/** Diagnostics for every target of one page; `at(i)` is where target `i` is written. */
export function checkLinks(
  pagePath: string,
  targets: readonly LinkTarget[],
  at: (index: number) => SourceLoc,
  site: SiteIndex,
  opts: LinkCheckOptions = {},
): BookDiagnostic[] {
  const out: BookDiagnostic[] = [];
  targets.forEach((t, i) => {
    const p = linkProblem(pagePath, t, site);
    if (!p) return;
    const severity = p.severity === 'error' && t.kind === 'link' ? (opts.brokenLinks ?? 'error') : p.severity;
    out.push(severity === 'error' ? error(at(i), p.message) : warning(at(i), p.message));
  });
  return out;
}
