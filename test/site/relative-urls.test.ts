// Root-absolute URLs in built pages become relative to the page, so the site works under /book/ and from file://.
import { describe, expect, it } from 'vitest';
import { pathToRoot, relativeUrl, relativizeHtml } from '../../src/cli/build/relative-urls.ts';
import { with404Base } from '../../src/cli/build/relativize-site.ts';
import { redirectFile, redirectHtml, sitemapXml } from '../../src/cli/build/site-files.ts';

describe('relative URLs', () => {
  it('climbs one ../ per folder of the page', () => {
    expect(pathToRoot('ch01.html')).toBe('');
    expect(pathToRoot('part/ch01.html')).toBe('../');
    expect(pathToRoot('a/b/c.html')).toBe('../../');
  });

  it('rewrites a root-absolute URL, keeping query and fragment; folders open their index page', () => {
    expect(relativeUrl('/ch01.html', '')).toBe('ch01.html');
    expect(relativeUrl('/ch01.html#x', '../')).toBe('../ch01.html#x');
    expect(relativeUrl('/_astro/a.css?v=1', '../')).toBe('../_astro/a.css?v=1');
    expect(relativeUrl('/', '')).toBe('index.html');
    expect(relativeUrl('/', '../')).toBe('../index.html');
    expect(relativeUrl('/img/', '')).toBe('img/index.html');
  });

  it('rewrites every URL attribute Astro writes, and nothing else', () => {
    const html = [
      '<link rel="stylesheet" href="/_astro/x.css">',
      '<a href="/ch02.html">다음</a><a href="ch03.html">상대</a><a href="https://x.org/">밖</a><a href="//cdn.x/">cdn</a>',
      '<astro-island component-url="/_astro/R.js" renderer-url="/_astro/client.js"></astro-island>',
      '<div data-pagefind-bundle="/pagefind/"></div>',
      '<script type="module" src="/_astro/main.js"></script>',
      '<p>/not/a/url</p>',
    ].join('');
    expect(relativizeHtml(html, 'part/page.html')).toBe(
      [
        '<link rel="stylesheet" href="../_astro/x.css">',
        '<a href="../ch02.html">다음</a><a href="ch03.html">상대</a><a href="https://x.org/">밖</a><a href="//cdn.x/">cdn</a>',
        '<astro-island component-url="../_astro/R.js" renderer-url="../_astro/client.js"></astro-island>',
        '<div data-pagefind-bundle="../pagefind/"></div>',
        '<script type="module" src="../_astro/main.js"></script>',
        '<p>/not/a/url</p>',
      ].join(''),
    );
    expect(relativizeHtml('<div data-pagefind-bundle="/pagefind/">', 'index.html')).toBe('<div data-pagefind-bundle="pagefind/">');
    // islands import() their URLs: at the root they need './', or they read as package names
    expect(relativizeHtml('<astro-island component-url="/_astro/R.js" renderer-url="/_astro/c.js">', 'ch01.html')).toBe(
      '<astro-island component-url="./_astro/R.js" renderer-url="./_astro/c.js">',
    );
  });

  it('gives the 404 page a <base> at site-url, as mdBook does', () => {
    expect(with404Base('<html><head><title>x</title>', '/book')).toBe('<html><head><base href="/book/"><title>x</title>');
  });
});

describe('site files from [output.html]', () => {
  it('writes a sitemap under site-url', () => {
    const xml = sitemapXml('https://example.org/book', ['ch01.html', 'part/a&b.html']);
    expect(xml).toContain('<loc>https://example.org/book/</loc>');
    expect(xml).toContain('<loc>https://example.org/book/ch01.html</loc>');
    expect(xml).toContain('<loc>https://example.org/book/part/a&amp;b.html</loc>');
  });

  it('writes redirect pages that work from where they sit', () => {
    expect(redirectFile('/old/page.html')).toBe('old/page.html');
    expect(redirectFile('/../etc/passwd')).toBeNull();
    const html = redirectHtml('old/page.html', '/new.html');
    expect(html).toContain('<meta http-equiv="refresh" content="0; URL=../new.html">');
    expect(redirectHtml('a.html', 'https://x.org/b')).toContain('URL=https://x.org/b');
  });
});
