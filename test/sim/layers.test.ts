// The simulator's stages import only downwards: syntax → check → format → memory → the machine (semantics) →
// std's models → trace → the entry points. Fails naming the file and import that reaches up a layer.
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname, relative, resolve } from 'node:path';
import ts from 'typescript';

const SIM = resolve(__dirname, '../../src/sim');

/** Lowest first. A module may import from its own layer or any layer below it, never above. */
const LAYERS: readonly (readonly string[])[] = [
  ['syntax'],
  ['check'],
  ['format'],
  ['memory'],
  ['semantics'],
  ['std'],
  ['trace'],
  ['crate', 'bench', 'run.ts', 'api.ts'],
];

/** Packages src/sim may use: it runs unchanged in Node, the browser worker and the build (no DOM, no Node):
 * the Rust grammar and a TOML parser (Cargo.toml), both plain JavaScript. */
const PACKAGES = /^(@lezer\/|smol-toml$)/;

/** Outside src/sim, only the project's pure text utilities (line tables), shared with the book pipeline. */
const SHARED = resolve(SIM, '../text') + '/';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []);
}

function layerOf(abs: string): number {
  const top = relative(SIM, abs).split(/[\\/]/)[0];
  const i = LAYERS.findIndex((l) => l.includes(top));
  return i;
}

/** Every module specifier of a file, as TypeScript's own scanner finds them: imports and exports (types too)
 * and `import('…')` type queries. */
function specifiers(src: string): string[] {
  return ts.preProcessFile(src, true, true).importedFiles.map((f) => f.fileName);
}

const modules = files(SIM);

describe('src/sim layering', () => {
  it('knows the layer of every module', () => {
    const unplaced = modules.filter((f) => layerOf(f) < 0).map((f) => relative(SIM, f));
    expect(unplaced).toEqual([]);
  });

  it('imports only from its own layer or lower ones', () => {
    const upward: string[] = [];
    for (const f of modules) {
      const own = layerOf(f);
      for (const spec of specifiers(readFileSync(f, 'utf8'))) {
        if (!spec.startsWith('.')) continue;
        const target = resolve(dirname(f), spec);
        if (target.startsWith(SHARED)) continue;
        if (!target.startsWith(SIM + '/')) { upward.push(`${relative(SIM, f)} → ${spec} (outside src/sim)`); continue; }
        const to = layerOf(target);
        if (to > own) upward.push(`${relative(SIM, f)} (${LAYERS[own].join('/')}) → ${relative(SIM, target)} (${LAYERS[to].join('/')})`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('imports no Node or DOM module', () => {
    const foreign = modules.flatMap((f) => specifiers(readFileSync(f, 'utf8'))
      .filter((s) => !s.startsWith('.') && !PACKAGES.test(s)).map((s) => `${relative(SIM, f)} → ${s}`));
    expect(foreign).toEqual([]);
  });

  it('finds the imports it checks (the scan is not vacuous)', () => {
    const all = modules.flatMap((f) => specifiers(readFileSync(f, 'utf8')));
    expect(modules.length).toBeGreaterThan(100);
    expect(all.filter((s) => s.startsWith('../semantics/')).length).toBeGreaterThan(50);
  });
});
