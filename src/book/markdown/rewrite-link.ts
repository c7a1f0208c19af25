// mdBook's link fixing as a pure function: local `.md` links → `.html` (README.md → index.html), keeping
// `?query` and `#fragment`; fragment-only, scheme (`https:`, `mailto:`) and protocol-relative links untouched.
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

export function rewriteLink(href: string): string {
  if (href === '' || href.startsWith('#') || href.startsWith('//') || SCHEME.test(href)) return href;
  const cut = href.search(/[?#]/);
  const path = cut < 0 ? href : href.slice(0, cut);
  const rest = cut < 0 ? '' : href.slice(cut);
  if (!/\.md$/i.test(path)) return href;
  return mdPathToHtml(path) + rest;
}

/** 'ch15-06.md' → 'ch15-06.html'; 'README.md' / 'sub/README.md' → 'index.html' / 'sub/index.html'. */
export function mdPathToHtml(path: string): string {
  const m = /^(.*?)([^/]*)\.md$/i.exec(path);
  if (!m) return path;
  const [, dir, stem] = m;
  return dir + (stem === 'README' ? 'index' : stem) + '.html';
}
