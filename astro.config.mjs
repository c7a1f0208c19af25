// Astro configuration: static output of the book handed over by `heapbook build` (see src/site/book-handoff.ts).
// mdBook-style file URLs ('ch15-06-reference-cycles.html'); Preact renders the RunnableListing islands.
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';

export default defineConfig({
  output: 'static',
  // The site's CSS (≈9 KB gzip) goes inline in each page: no render-blocking request before the first paint
  // (Lighthouse mobile's simulated slow 4G puts one round trip, ~150 ms, on every page's first paint otherwise).
  build: { format: 'file', inlineStylesheets: 'always' },
  trailingSlash: 'never',
  integrations: [preact()],
  devToolbar: { enabled: false },
  vite: {
    // Gzip size reports only slow the build down.
    // No modulepreload helper in the page's first JavaScript: lazy chunks (search UI, run view) load on demand.
    build: { reportCompressedSize: false, modulePreload: false },
    // URLs that scripts and styles compute (the simulator worker, lazy chunks) stay relative to the file that
    // uses them, so the site works under any subpath and from disk; `heapbook build` makes the pages' URLs relative.
    experimental: {
      renderBuiltUrl(_filename, { hostType }) {
        return hostType === 'js' || hostType === 'css' ? { relative: true } : undefined;
      },
    },
  },
});
