// Reads the Cargo.toml files of a crate folder or workspace: packages, their lib/bin targets, tests and
// path dependencies, as cargo resolves them. Pure: works on a { path → text } map of the folder's files.
import { parse, TomlError } from 'smol-toml';

export interface Package {
  /** `[package] name` as written (`guessing_game`, `add-one`). */
  name: string;
  /** The name code uses for its library: hyphens become underscores. */
  crateName: string;
  /** `[package] edition`; cargo assumes '2015' when it is absent. */
  edition: string;
  /** Folder of the package relative to the workspace root, '' for the root package. */
  dir: string;
  hasLib: boolean;
  hasBin: boolean;
  /** Integration test files (`tests/*.rs`), relative to the root. */
  tests: string[];
  /** Path dependencies (package names) and other dependencies (crate names, e.g. `rand`). */
  pathDeps: string[];
  externalDeps: string[];
}

export interface Workspace {
  packages: Map<string, Package>;
  /** The package `cargo run` picks without `-p` (the root package, or the only binary). */
  defaultPackage: string | undefined;
}

export type ManifestResult = { ok: true; workspace: Workspace } | { ok: false; error: string };

function join(dir: string, p: string): string {
  const out: string[] = [];
  for (const part of (dir ? dir + '/' + p : p).split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}

function table(v: unknown): Record<string, unknown> {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

function readPackage(files: Record<string, string>, dir: string): Package | string {
  const path = join(dir, 'Cargo.toml');
  const text = files[path];
  if (text === undefined) return `${path}이 없습니다`;
  let doc: Record<string, unknown>;
  try {
    doc = parse(text) as Record<string, unknown>;
  } catch (e) {
    return `${path}: ${e instanceof TomlError ? e.message.split('\n')[0] : String(e)}`;
  }
  const pkg = table(doc.package);
  if (typeof pkg.name !== 'string') return `${path}에 [package] name이 없습니다`;
  const pathDeps: string[] = [];
  const externalDeps: string[] = [];
  for (const section of ['dependencies', 'dev-dependencies']) {
    for (const [name, spec] of Object.entries(table(doc[section]))) {
      const s = table(spec);
      if (typeof s.path === 'string') pathDeps.push(join(dir, s.path));
      else externalDeps.push(name.replace(/-/g, '_'));
    }
  }
  const src = join(dir, 'src');
  const testsDir = join(dir, 'tests') + '/';
  return {
    name: pkg.name,
    crateName: pkg.name.replace(/-/g, '_'),
    edition: typeof pkg.edition === 'string' ? pkg.edition : '2015',
    dir,
    hasLib: files[src + '/lib.rs'] !== undefined,
    hasBin: files[src + '/main.rs'] !== undefined,
    tests: Object.keys(files).filter((f) => f.startsWith(testsDir) && f.endsWith('.rs') && !f.slice(testsDir.length).includes('/')).sort(),
    pathDeps,
    externalDeps,
  };
}

/** Reads the root Cargo.toml (a package, a workspace, or both) and every member's. */
export function readWorkspace(files: Record<string, string>): ManifestResult {
  const rootText = files['Cargo.toml'];
  if (rootText === undefined) return { ok: false, error: 'Cargo.toml이 없습니다' };
  let root: Record<string, unknown>;
  try {
    root = parse(rootText) as Record<string, unknown>;
  } catch (e) {
    return { ok: false, error: `Cargo.toml: ${e instanceof TomlError ? e.message.split('\n')[0] : String(e)}` };
  }
  const dirs: string[] = [];
  if (root.package) dirs.push('');
  const members = table(root.workspace).members;
  if (Array.isArray(members)) for (const m of members) if (typeof m === 'string') dirs.push(join('', m));
  const byDir = new Map<string, Package>();
  const packages = new Map<string, Package>();
  const pending = [...dirs];
  while (pending.length) {
    const dir = pending.shift()!;
    if (byDir.has(dir)) continue;
    const p = readPackage(files, dir);
    if (typeof p === 'string') return { ok: false, error: p };
    byDir.set(dir, p);
    packages.set(p.name, p);
    pending.push(...p.pathDeps);
  }
  // Path dependencies were recorded as folders; name them by their package.
  for (const p of packages.values()) p.pathDeps = p.pathDeps.map((d) => byDir.get(d)!.name);
  const bins = [...packages.values()].filter((p) => p.hasBin);
  const defaultPackage = root.package ? byDir.get('')!.name : bins.length === 1 ? bins[0].name : undefined;
  return { ok: true, workspace: { packages, defaultPackage } };
}

/**
 * The extern crates a target of `pkg` can name (its dependencies, `-` as `_`, and with `ownLib` its
 * package's library): what rustc's extern prelude holds, so other unknown lowercase path roots are errors.
 */
export function externCrates(ws: Workspace, pkg: Package, ownLib: boolean): string[] {
  const out = [...pkg.externalDeps];
  for (const d of pkg.pathDeps) {
    const dep = ws.packages.get(d);
    out.push(dep ? dep.crateName : d.replace(/-/g, '_'));
  }
  if (ownLib && pkg.hasLib) out.push(pkg.crateName);
  return out;
}
