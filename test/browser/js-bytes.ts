// Measures the JavaScript a built page loads before any interaction, and the lazily loaded chunks (gzip bytes).
// Follows static `import … from "…"` edges only; dynamic import() and new Worker(new URL(…)) stay out.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const STATIC_IMPORT = /(?:^|[;\s}])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g;

const gz = (s: string | Buffer): number => gzipSync(s, { level: 9 }).length;

/** Resolve an import specifier of a file under `/_astro/` to a dist path. */
function resolveSpec(fromUrl: string, spec: string): string {
  return new URL(spec, 'http://x' + fromUrl).pathname;
}

/** All files reachable through static imports from `entries` (site URLs like /_astro/x.js). */
export function staticClosure(dist: string, entries: string[]): Set<string> {
  const seen = new Set<string>();
  const todo = [...entries];
  while (todo.length) {
    const url = todo.pop() as string;
    if (seen.has(url)) continue;
    seen.add(url);
    const code = readFileSync(join(dist, url), 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) todo.push(resolveSpec(url, m[1]));
  }
  return seen;
}

export interface JsBytes {
  beforeInteraction: { gzip: number; files: string[]; inlineGzip: number };
  worker: { gzip: number; files: string[] };
  editor: { gzip: number; files: string[]; cssGzip: number };
}

const sum = (dist: string, files: Iterable<string>): number => [...files].reduce((n, f) => n + gz(readFileSync(join(dist, f))), 0);

export function measureJs(dist: string, page: string): JsBytes {
  const html = readFileSync(join(dist, page), 'utf8');
  const entries = new Set<string>();
  // Pages use relative URLs (they work under any subpath and from disk): resolve them against the page.
  const site = (url: string): string => new URL(url, 'http://x/' + page.replace(/^\//, '')).pathname;
  for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) entries.add(site(m[1]));
  for (const m of html.matchAll(/(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g)) if (m[1]) entries.add(site(m[1]));
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
  const initial = staticClosure(dist, [...entries]);
  const astro = readdirSync(join(dist, '_astro')).map((f) => `/_astro/${f}`);
  const workerEntry = astro.filter((f) => /sim-worker.*\.js$/.test(f));
  const editorEntry = astro.filter((f) => /prism-editor.*\.js$/.test(f));
  const worker = staticClosure(dist, workerEntry);
  const editor = [...staticClosure(dist, editorEntry)].filter((f) => !initial.has(f));
  const editorCss = astro.filter((f) => /prism-editor.*\.css$/.test(f));
  return {
    beforeInteraction: { gzip: sum(dist, initial) + gz(inline), files: [...initial].sort(), inlineGzip: gz(inline) },
    worker: { gzip: sum(dist, worker), files: [...worker].sort() },
    editor: { gzip: sum(dist, editor), files: editor.sort(), cssGzip: sum(dist, editorCss) },
  };
}
