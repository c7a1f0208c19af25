// Astro configuration: static output of the book named by HEAPBOOK_BOOK (default content/).
// `heapbook build` sets HEAPBOOK_BOOK and the output folder; Preact renders the islands.
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';

export default defineConfig({
  output: 'static',
  build: { format: 'file' },
  trailingSlash: 'never',
  integrations: [preact()],
});
