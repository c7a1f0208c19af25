// Astro configuration: static output of the book handed over by `heapbook build` (see src/site/book-handoff.ts).
// mdBook-style file URLs ('ch15-06-reference-cycles.html'); Preact renders the RunnableListing islands.
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';

export default defineConfig({
  output: 'static',
  build: { format: 'file' },
  trailingSlash: 'never',
  integrations: [preact()],
  devToolbar: { enabled: false },
  vite: {
    // Gzip size reports only slow the build down.
    build: { reportCompressedSize: false },
  },
});
