// Browser suite: builds the book once, serves it on a free localhost port, drives Debian's Chromium.
// Run with `npm run test:browser`; set HEAPBOOK_DIST=DIR to reuse an existing build instead of building.
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/browser/**/*.test.ts'],
    globalSetup: ['test/browser/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
    fileParallelism: false,
  },
});
