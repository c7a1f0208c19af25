// Unit and golden tests (no browser): everything under test/ except test/browser.
// Run with `npm run test:unit`; `npm test` also runs the browser suite.
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**', 'node_modules/**'],
    testTimeout: 30_000,
  },
});
