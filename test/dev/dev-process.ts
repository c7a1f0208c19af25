// Test helper: runs `heapbook dev` as a child process on a free port against a book folder, waits for its URL,
// and stops it (by its own pid) afterwards. Also small HTTP polling helpers.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../src/cli/heapbook.mjs', import.meta.url));

export interface DevProcess {
  url: string;
  output: () => string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** The environment a book author's shell would have: without the test runner's VITEST* flags (NODE_ENV=test is kept: `heapbook dev` must cope with it). */
function authorEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_DISABLE_UPDATE_CHECK: 'true', ASTRO_TELEMETRY_DISABLED: '1' };
  for (const key of Object.keys(env)) if (key === 'TEST' || key.startsWith('VITEST')) delete env[key];
  return env;
}

export async function startDev(bookDir: string, timeoutMs = 90_000): Promise<DevProcess> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [CLI, 'dev', '--book', bookDir, '--port', String(port)], {
    cwd: fileURLToPath(new URL('../../', import.meta.url)),
    stdio: ['ignore', 'pipe', 'pipe'],
    env: authorEnv(),
  });
  let log = '';
  child.stdout!.on('data', (b) => (log += b));
  child.stderr!.on('data', (b) => (log += b));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`dev 서버가 ${timeoutMs}ms 안에 시작되지 않았습니다:\n${log}`)), timeoutMs);
    const onData = () => {
      const m = /개발 서버: (http:\/\/\S+)/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`dev 서버가 끝났습니다 (${code}):\n${log}`));
    });
  });
  return {
    url,
    output: () => log,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      }),
  };
}

export async function fetchText(url: string): Promise<{ status: number; text: string }> {
  const res = await fetch(url, { headers: { accept: 'text/html' } });
  return { status: res.status, text: await res.text() };
}

/** Polls `probe` every `everyMs` until it returns true; resolves with the elapsed ms, rejects after `timeoutMs`. */
export async function waitFor(probe: () => Promise<boolean>, timeoutMs = 10_000, everyMs = 25): Promise<number> {
  const start = performance.now();
  while (performance.now() - start < timeoutMs) {
    if (await probe().catch(() => false)) return performance.now() - start;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`${timeoutMs}ms 안에 조건이 맞지 않았습니다`);
}
