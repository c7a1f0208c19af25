// Builds the site once into a temporary folder (or reuses HEAPBOOK_DIST) and serves it for the browser tests.
// Provides `baseUrl` and `distDir` to the tests through vitest's inject().
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';
import { staticServer } from '../../src/cli/build/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const reuse = process.env.HEAPBOOK_DIST;
  const distDir = reuse ?? join(mkdtempSync(join(tmpdir(), 'heapbook-browser-')), 'dist');
  if (!reuse) {
    const started = Date.now();
    // Built as a reader gets it (`npm start`): vitest's NODE_ENV=test would make Vite bundle development code.
    const env = { ...process.env, NODE_ENV: 'production' };
    execFileSync(process.execPath, ['src/cli/heapbook.mjs', 'build', '--out', distDir], { cwd: project.config.root, stdio: 'inherit', env });
    console.log(`[browser] 사이트 빌드 ${((Date.now() - started) / 1000).toFixed(1)}초 → ${distDir}`);
  }
  const server = staticServer(distDir);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  project.provide('distDir', distDir);
  return async () => {
    await new Promise<void>((ok) => server.close(() => ok()));
    if (!reuse) rmSync(join(distDir, '..'), { recursive: true, force: true });
  };
}
