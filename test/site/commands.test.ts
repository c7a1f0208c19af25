// The `heapbook build` / `heapbook serve` commands at their edges: argument errors, a content error reported as
// file:line:col: error: message (real loadBook, before any rendering), old output kept, serve without a site.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run as build } from '../../src/cli/commands/build.ts';
import { run as serve } from '../../src/cli/commands/serve.ts';

const MISSING_CHAPTER_BOOK = fileURLToPath(new URL('../book/fixtures/books/missing-chapter/', import.meta.url));

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'heapbook-cmd-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

function captureStderr() {
  const lines: string[] = [];
  const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    lines.push(args.map(String).join(' '));
  });
  return { lines, restore: () => spy.mockRestore() };
}

describe('heapbook build', () => {
  it('reports a missing chapter as file:line:col: error: message, exits 1 and keeps the old site', async () => {
    const out = join(work, 'dist');
    await mkdir(out);
    await writeFile(join(out, 'index.html'), 'old site');
    const err = captureStderr();
    const code = await build(['--book', MISSING_CHAPTER_BOOK, '--out', out]).finally(err.restore);
    expect(code).toBe(1);
    expect(err.lines, err.lines.join("\n")).toHaveLength(1);
    expect(err.lines[0]).toMatch(/^src\/SUMMARY\.md:4:3: error: .*not-here\.md$/);
    expect(err.lines[0]).not.toMatch(/\n\s+at /);
    expect(await readFile(join(out, 'index.html'), 'utf8')).toBe('old site');
    expect((await readdir(work)).filter((f) => f.startsWith('.heapbook-tmp'))).toEqual([]);
  });

  it('rejects unknown options with exit code 2', async () => {
    const err = captureStderr();
    expect(await build(['--nope']).finally(err.restore)).toBe(2);
    expect(err.lines.join('\n')).toContain('--nope');
  });
});

describe('heapbook serve', () => {
  it('refuses to serve a folder without a built site', async () => {
    const err = captureStderr();
    expect(await serve(['--out', join(work, 'empty')]).finally(err.restore)).toBe(1);
    expect(err.lines.join('\n')).toContain('heapbook build');
  });

  it('rejects a bad port', async () => {
    const err = captureStderr();
    expect(await serve(['--port', 'abc']).finally(err.restore)).toBe(2);
  });
});
