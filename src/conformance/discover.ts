// Finds the crates of a book's `listings/` (standalone crates and workspace roots, not their members)
// and decides how each is run: the first `$ ` line of its output.txt, else `cargo run`/`cargo build`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { commandLineOf, parseCargoCommand, type CargoCommand } from './command.ts';
import { readManifest, type ManifestInfo } from './manifest.ts';
import { mayVary } from './nondeterminism.ts';

export interface CrateUnit {
  /** Folder relative to the book root, with `/` (e.g. `listings/ch03-x/listing-03-01`). */
  path: string;
  absDir: string;
  /** `ch03` from the first folder under listings/. */
  chapter: string;
  manifest: ManifestInfo;
  /** Registry dependencies of the crate, of its workspace members or of any crate they depend on by path. */
  registryDeps: string[];
  /**
   * The folder to copy for a real run: the crate's own, or the nearest folder that also holds the path
   * dependencies outside it (`pancakes` → `../hello_macro`). `crateSubdir` leads from it to the crate.
   */
  copyRoot: string;
  crateSubdir: string;
  command: CargoCommand;
  /** Where the command came from: the output.txt's `$ ` line, or the default for a crate without one. */
  commandSource: 'output.txt' | 'default-run' | 'default-build';
  /** The output.txt as the book has it (null when absent). */
  bookTranscript: string | null;
  /** Its sources use hash maps, threads or clocks: two correct runs may print differently. */
  mayVary: boolean;
}

export interface DiscoverProblem {
  path: string;
  message: string;
}

function chapterOf(rel: string): string {
  const first = rel.split('/')[1] ?? '';
  return /^(ch\d+)/.exec(first)?.[1] ?? first;
}

function hasBinary(dir: string, m: ManifestInfo): boolean {
  return m.binNames.length > 0 || existsSync(join(dir, 'src', 'main.rs')) || existsSync(join(dir, 'src', 'bin'));
}

function memberInfo(root: string, members: string[]): { name: string; dir: string; manifest: ManifestInfo }[] {
  const out: { name: string; dir: string; manifest: ManifestInfo }[] = [];
  for (const m of members) {
    const dir = join(root, m);
    const file = join(dir, 'Cargo.toml');
    if (!existsSync(file)) continue;
    const info = readManifest(readFileSync(file, 'utf8'));
    if (typeof info === 'string') continue;
    out.push({ name: info.packageName ?? m, dir, manifest: info });
  }
  return out;
}

/** The crate, its workspace members and every crate reachable through `path = …` dependencies (each once). */
function pathClosure(dir: string, manifest: ManifestInfo, members: { dir: string; manifest: ManifestInfo }[]): { dir: string; manifest: ManifestInfo }[] {
  const seen = new Map<string, ManifestInfo>([[resolve(dir), manifest]]);
  const queue = [{ dir: resolve(dir), manifest }, ...members.map((m) => ({ dir: resolve(m.dir), manifest: m.manifest }))];
  for (const m of members) seen.set(resolve(m.dir), m.manifest);
  while (queue.length) {
    const cur = queue.shift()!;
    for (const p of cur.manifest.pathDeps) {
      const depDir = resolve(cur.dir, p);
      if (seen.has(depDir)) continue;
      const file = join(depDir, 'Cargo.toml');
      if (!existsSync(file)) continue; // cargo will say so
      const info = readManifest(readFileSync(file, 'utf8'));
      if (typeof info === 'string') continue;
      seen.set(depDir, info);
      queue.push({ dir: depDir, manifest: info });
    }
  }
  return [...seen].map(([d, m]) => ({ dir: d, manifest: m }));
}

/** The deepest folder containing all of `dirs`. */
function commonAncestor(dirs: string[]): string {
  let root = resolve(dirs[0]);
  for (const d of dirs.slice(1).map((x) => resolve(x))) {
    while (d !== root && !d.startsWith(root + sep)) root = dirname(root);
  }
  return root;
}

function walk(dir: string, found: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  if (entries.some((e) => e.isFile() && e.name === 'Cargo.toml')) found.push(dir);
  for (const e of entries) {
    if (e.isDirectory() && e.name !== 'target' && !e.name.startsWith('.')) walk(join(dir, e.name), found);
  }
}

/** Every crate unit under `<book>/listings`, sorted by path, plus manifests it could not read. */
export function discoverCrates(bookDir: string): { units: CrateUnit[]; problems: DiscoverProblem[] } {
  const listings = join(bookDir, 'listings');
  const problems: DiscoverProblem[] = [];
  if (!existsSync(listings) || !statSync(listings).isDirectory()) {
    return { units: [], problems: [{ path: listings, message: 'listings/ 폴더가 없습니다' }] };
  }
  const dirs: string[] = [];
  walk(listings, dirs);
  dirs.sort();
  const manifests = new Map<string, ManifestInfo>();
  for (const d of dirs) {
    const info = readManifest(readFileSync(join(d, 'Cargo.toml'), 'utf8'));
    if (typeof info === 'string') problems.push({ path: relative(bookDir, join(d, 'Cargo.toml')).split(sep).join('/'), message: info });
    else manifests.set(d, info);
  }
  const workspaceRoots = dirs.filter((d) => manifests.get(d)?.isWorkspace);
  const units: CrateUnit[] = [];
  for (const d of dirs) {
    const manifest = manifests.get(d);
    if (!manifest) continue;
    // A member (or any crate) nested inside a workspace root is run as part of that workspace.
    if (workspaceRoots.some((w) => w !== d && d.startsWith(w + sep))) continue;
    const path = relative(bookDir, d).split(sep).join('/');
    const members = manifest.isWorkspace ? memberInfo(d, manifest.workspaceMembers) : [];
    const deps = pathClosure(d, manifest, members.map((m) => ({ dir: m.dir, manifest: m.manifest })));
    const registryDeps = [...new Set(deps.flatMap((x) => x.manifest.registryDeps))];
    const copyRoot = commonAncestor([d, ...deps.map((x) => x.dir)]);
    const outFile = join(d, 'output.txt');
    const bookTranscript = existsSync(outFile) ? readFileSync(outFile, 'utf8') : null;
    const line = bookTranscript === null ? null : commandLineOf(bookTranscript);
    let command: CargoCommand | string;
    let commandSource: CrateUnit['commandSource'];
    if (line) {
      command = parseCargoCommand(line);
      commandSource = 'output.txt';
    } else {
      const bins = manifest.isWorkspace ? members.filter((m) => hasBinary(m.dir, m.manifest)) : hasBinary(d, manifest) ? [null] : [];
      if (bins.length === 1) {
        const b = bins[0];
        command = parseCargoCommand(b ? `cargo run -p ${b.name}` : 'cargo run');
        commandSource = 'default-run';
      } else {
        command = parseCargoCommand('cargo build');
        commandSource = 'default-build';
      }
    }
    if (typeof command === 'string') {
      problems.push({ path: `${path}/output.txt:1`, message: command });
      continue;
    }
    const sources = crateFiles(d).filter((f) => f.endsWith('.rs')).map((f) => readFileSync(join(d, f), 'utf8'));
    const crateSubdir = relative(copyRoot, d).split(sep).join('/');
    units.push({ path, absDir: d, chapter: chapterOf(path), manifest, registryDeps, copyRoot, crateSubdir, command, commandSource, bookTranscript, mayVary: mayVary(sources) });
  }
  return { units, problems };
}

/** All files of a crate folder (relative paths with `/`), skipping `target/` and hidden entries; sorted. */
export function crateFiles(dir: string): string[] {
  const out: string[] = [];
  const rec = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name === 'target' || e.name.startsWith('.')) continue;
      const p = join(d, e.name);
      if (e.isDirectory()) rec(p);
      else if (e.isFile()) out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  rec(dir);
  return out.sort();
}
