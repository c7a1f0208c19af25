// Makes a built page's root-absolute URLs ('/_astro/x.css', '/ch01.html', '/pagefind/') relative to the page
// ('_astro/x.css', '../ch01.html'), so the site works under any subpath (`/book/`) and opened from disk (file://).

/** Attributes that hold a URL in the pages Astro writes (islands carry theirs in component-url/renderer-url). */
const URL_ATTRS = ['href', 'src', 'component-url', 'renderer-url', 'before-hydration-url', 'data-pagefind-bundle', 'action', 'poster'];
const ATTR_RE = new RegExp(`(\\s(?:${URL_ATTRS.join('|')})=)(["'])(/(?!/)[^"']*)\\2`, 'gi');

/** '' for 'ch01.html', '../' for 'part/ch01.html': the way from a page (path from the site root) up to the root. */
export function pathToRoot(pagePath: string): string {
  const depth = pagePath.split('/').length - 1;
  return '../'.repeat(depth);
}

/**
 * '/x/y.html' seen from a page whose way to the root is `up` → `up + 'x/y.html'`. A bare folder ('/', '/a/')
 * gets 'index.html' appended, so the link also opens a page (not a folder listing) from disk.
 */
export function relativeUrl(url: string, up: string): string {
  const cut = url.search(/[?#]/);
  const path = cut < 0 ? url : url.slice(0, cut);
  const rest = cut < 0 ? '' : url.slice(cut);
  let rel = path.slice(1);
  if (rel === '' || rel.endsWith('/')) {
    // a folder: data-pagefind-bundle names one on purpose; links to a folder open its index page
    rel = rel === '' && rest.startsWith('#') ? '' : rel + 'index.html';
  }
  return (up + rel || 'index.html') + rest;
}

/** Rewrites every root-absolute URL attribute in `html`, a page at `pagePath` (relative to the site root). */
export function relativizeHtml(html: string, pagePath: string): string {
  const up = pathToRoot(pagePath);
  return html.replace(ATTR_RE, (_, attr: string, q: string, url: string) => {
    const isBundle = /data-pagefind-bundle/i.test(attr);
    let out = isBundle ? up + url.slice(1) || './' : relativeUrl(url, up);
    // islands `import()` these: a module specifier must start with ./ or ../ (a bare 'a/b.js' is a package name)
    if (/-url=$/i.test(attr) && !out.startsWith('.')) out = './' + out;
    return `${attr}${q}${out}${q}`;
  });
}
