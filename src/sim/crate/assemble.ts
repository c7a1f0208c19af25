// Lays a crate's files out as one program the simulator runs: the root file as written, each `mod x;` file
// and each library it depends on in a `mod name { … }` block, every file's lines kept verbatim so spans map back.
import type { Package, Workspace } from './manifest.ts';

/** One file's lines inside the assembled source. */
export interface Segment {
  file: string;
  /** Crate this file belongs to (its crate name), and its module path inside that crate. */
  crate: string;
  modPath: string[];
  /** 1-based line of the assembled source where the file's first line sits. */
  start: number;
  lines: number;
  /** Line of the synthetic `mod name {` wrapping the file (absent for the root file). */
  wrapperLine?: number;
}

export interface Assembled {
  source: string;
  segments: Segment[];
  /** The assembled line → file and line in it (synthetic lines map to the nearest file line before them). */
  locate: (line: number) => { file: string; line: number };
}

export type AssembleResult = { ok: true; crate: Assembled } | { ok: false; error: string };

const MOD_DECL = /^(\s*(?:#\[[^\]]*\]\s*)*(?:pub(?:\([^)]*\))?\s+)?mod\s+(r#)?([A-Za-z_][A-Za-z0-9_]*))\s*;/;

interface Pending {
  file: string;
  crate: string;
  modPath: string[];
  cfgTest: boolean;
  /** Folder holding this file's child modules. */
  childDir: string;
}

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/** `src/a.rs` keeps children in `src/a/`; `main.rs`, `lib.rs`, `mod.rs` and test roots in their own folder. */
function childDirOf(path: string, isRoot: boolean): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (isRoot || base === 'mod.rs') return dirOf(path);
  return path.slice(0, -'.rs'.length);
}

/**
 * Assembles a crate rooted at `rootFile` whose code may use the libraries `deps` (packages, in order).
 * `crateName` names the root crate (test names and `crate::` paths are relative to it).
 */
export function assemble(files: Record<string, string>, rootFile: string, crateName: string, deps: Package[]): AssembleResult {
  const lines: string[] = [];
  const segments: Segment[] = [];
  const seen = new Set<string>();
  // Each file is emitted as one block of its own lines; its `mod x;` files follow inside its module
  // (before its wrapper closes), so the module tree is the one rustc builds.
  const emit = (job: Pending & { wrapName?: string; vis?: string }): void => {
    const text = files[job.file];
    if (text === undefined) throw new ModFileMissing(`${job.file} 파일이 없습니다`);
    const key = job.crate + ':' + job.file;
    if (seen.has(key)) return;
    seen.add(key);
    const own = text.replace(/\r\n/g, '\n').split('\n');
    const children: Array<Pending & { wrapName: string; vis?: string }> = [];
    own.forEach((line, i) => {
      const m = MOD_DECL.exec(line);
      if (!m) return;
      const name = m[3];
      const dir = job.childDir ? job.childDir + '/' : '';
      const candidates = [`${dir}${name}.rs`, `${dir}${name}/mod.rs`];
      const found = candidates.find((c) => files[c] !== undefined);
      if (!found) throw new ModFileMissing(`${job.file}:${i + 1}: 모듈 \`${name}\`의 파일이 없습니다 (${candidates.join(' 또는 ')})`);
      let cfgTest = /#\[cfg\(test\)\]/.test(m[1]);
      // The declaration (and attribute lines right above it) become blanks; the file's block carries them.
      own[i] = ' '.repeat(m[0].length) + line.slice(m[0].length);
      for (let j = i - 1; j >= 0 && /^\s*#\[[^\]]*\]\s*$/.test(own[j]); j--) {
        if (/#\[cfg\(test\)\]/.test(own[j])) cfgTest = true;
        own[j] = '';
      }
      // The block keeps the declaration's visibility (`pub mod x;` → `pub mod x {`): privacy is checked.
      const vis = /(?:^|\s)(pub(?:\([^)]*\))?\s+)mod\s/.exec(m[1])?.[1];
      children.push({ file: found, crate: job.crate, modPath: [...job.modPath, name], cfgTest: job.cfgTest || cfgTest, childDir: childDirOf(found, false), wrapName: name, vis });
    });
    let wrapperLine: number | undefined;
    if (job.wrapName !== undefined) {
      lines.push(`${job.cfgTest ? '#[cfg(test)] ' : ''}${job.vis ?? ''}mod ${job.wrapName} {`);
      wrapperLine = lines.length;
    }
    segments.push({ file: job.file, crate: job.crate, modPath: job.modPath, start: lines.length + 1, lines: own.length, wrapperLine });
    lines.push(...own);
    for (const c of children) emit(c);
    if (job.wrapName !== undefined) lines.push('}');
  };
  emit({ file: rootFile, crate: crateName, modPath: [], cfgTest: false, childDir: childDirOf(rootFile, true) });
  for (const d of deps) {
    const lib = (d.dir ? d.dir + '/' : '') + 'src/lib.rs';
    emit({ file: lib, crate: d.crateName, modPath: [], cfgTest: false, childDir: childDirOf(lib, true), wrapName: d.crateName });
  }
  const source = lines.join('\n') + '\n';
  const locate = (line: number): { file: string; line: number } => {
    let best = segments[0];
    for (const s of segments) if (s.start <= line && line < s.start + s.lines) return { file: s.file, line: line - s.start + 1 };
    for (const s of segments) if (s.start <= line) best = s;
    return { file: best.file, line: Math.min(Math.max(1, line - best.start + 1), best.lines) };
  };
  return { ok: true, crate: { source, segments, locate } };
}

class ModFileMissing extends Error {}

/** The file and line an assembled line comes from; undefined for a synthetic line (`mod x {`, `}`). */
export function fileLine(a: Assembled, line: number): { file: string; line: number } | undefined {
  for (const s of a.segments) if (s.start <= line && line < s.start + s.lines) return { file: s.file, line: line - s.start + 1 };
  return undefined;
}

/** assemble() with a missing module file reported as an error instead of thrown. */
export function assembleCrate(files: Record<string, string>, rootFile: string, crateName: string, deps: Package[]): AssembleResult {
  try {
    return assemble(files, rootFile, crateName, deps);
  } catch (e) {
    if (e instanceof ModFileMissing) return { ok: false, error: e.message };
    throw e;
  }
}

/** The libraries a target of `pkg` can use, dependencies first: its path dependencies (transitively), then its own lib. */
export function libDeps(ws: Workspace, pkg: Package, includeOwnLib: boolean): Package[] {
  const out: Package[] = [];
  const visit = (p: Package) => {
    for (const d of p.pathDeps) {
      const dep = ws.packages.get(d);
      if (dep && dep.hasLib && !out.includes(dep)) {
        visit(dep);
        out.push(dep);
      }
    }
  };
  visit(pkg);
  if (includeOwnLib && pkg.hasLib && !out.includes(pkg)) out.push(pkg);
  return out;
}
