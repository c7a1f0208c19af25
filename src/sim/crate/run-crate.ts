// `cargo run` for a whole crate folder or workspace: resolves the package, assembles its binary with the
// libraries it uses, and runs it with args/env/stdin and the folder as its read-only file system.
import type { RunOptions, RunResult } from '../api.ts';
import type { Diagnostic } from '../trace/schema.ts';
import { runRust } from '../run.ts';
import { externCrates, readWorkspace, type Package, type Workspace } from './manifest.ts';
import { assembleCrate, fileLine, libDeps, type Assembled } from './assemble.ts';

export interface CrateInput {
  /** Every file of the crate (or workspace) folder by its path relative to the folder: `Cargo.toml`, `src/main.rs`, `poem.txt`. */
  files: Record<string, string>;
  /** `cargo run -p NAME`: the package to run in a workspace. Default: the root package / the only binary. */
  package?: string;
  /** Arguments after `--` (argv[0] is added: `target/debug/NAME`). */
  args?: string[];
  env?: Record<string, string>;
  /** Everything the program reads from stdin. Default empty (`< /dev/null`). */
  stdin?: string;
  /** Seed of `rand::thread_rng()`. */
  seed?: number;
}

/** Resolves the package a command is about; a string is the error to report. */
export function pickPackage(files: Record<string, string>, name: string | undefined): { ws: Workspace; pkg: Package } | string {
  const r = readWorkspace(files);
  if (!r.ok) return r.error;
  const ws = r.workspace;
  const pkgName = name ?? ws.defaultPackage;
  if (!pkgName) return `실행할 패키지를 고를 수 없습니다: -p 이름으로 지정하세요 (${[...ws.packages.keys()].join(', ')})`;
  const pkg = ws.packages.get(pkgName);
  if (!pkg) return `패키지 \`${pkgName}\`이 없습니다 (${[...ws.packages.keys()].join(', ')})`;
  return { ws, pkg };
}

export function crateError(message: string): RunResult {
  return {
    stdout: '', stderr: '', exitCode: 2, outcome: { kind: 'error' },
    diagnostics: [{ severity: 'error', code: 'crate', message, span: { start: { line: 1, col: 1 }, end: { line: 1, col: 1 } }, file: 'Cargo.toml' }],
  };
}

/** Maps diagnostics of the assembled source back to their files. */
export function mapDiagnostics(a: Assembled, ds: Diagnostic[]): Diagnostic[] {
  return ds.map((d) => {
    if (d.file) return d;
    const s = a.locate(d.span.start.line), e = a.locate(d.span.end.line);
    return { ...d, file: s.file, span: { start: { line: s.line, col: d.span.start.col }, end: { line: e.file === s.file ? e.line : s.line, col: d.span.end.col } } };
  });
}

/**
 * What the checker needs to judge an assembled target, when it can judge it correctly: the crate's own
 * files (`mod x;`), or those with its package's library, which the assembly lays out as a module named for
 * the library: a crate root of its own (`crate::` inside it starts there). A library defining macros,
 * and path dependencies: undefined (the checker stays silent).
 */
export function checkable(a: Assembled, files: Record<string, string>, root: string, deps: Package[], pkg: Package): RunOptions['crateFiles'] {
  const map = (line: number) => fileLine(a, line);
  if (deps.length === 0) return { files, map };
  if (deps.length !== 1 || deps[0] !== pkg) return undefined;
  const libRoot = (pkg.dir ? pkg.dir + '/' : '') + 'src/lib.rs';
  // The library comes after the target's own files (assemble() emits the root's module tree first).
  const first = a.segments.findIndex((s) => s.file === libRoot && s.wrapperLine !== undefined && s.file !== root);
  if (first < 0) return undefined;
  const lib = a.segments.slice(first);
  if (lib.some((s) => /\$crate|macro_rules!/.test(files[s.file] ?? 'macro_rules!'))) return undefined;
  return { files, map, foreign: lib.map((s) => s.file), crateRoots: [pkg.crateName] };
}

/** Runs the package's binary (`src/main.rs`) as `cargo run` does. Never throws. */
export function runCrate(input: CrateInput, options: RunOptions = {}): RunResult {
  const picked = pickPackage(input.files, input.package);
  if (typeof picked === 'string') return crateError(picked);
  const { ws, pkg } = picked;
  if (!pkg.hasBin) return crateError(`패키지 \`${pkg.name}\`에 실행할 바이너리(src/main.rs)가 없습니다 (라이브러리 크레이트는 \`cargo test\`로 실행합니다)`);
  const main = (pkg.dir ? pkg.dir + '/' : '') + 'src/main.rs';
  const deps = libDeps(ws, pkg, true);
  const asm = assembleCrate(input.files, main, pkg.crateName, deps);
  if (!asm.ok) return crateError(asm.error);
  const a = asm.crate;
  const r = runRust(a.source, {
    ...options,
    crates: options.crates ?? externCrates(ws, pkg, true),
    edition: options.edition ?? pkg.edition,
    wrapMain: false,
    fileName: main,
    packageName: pkg.name,
    locate: a.locate,
    multiFile: a.segments.length > 1,
    crateFiles: checkable(a, input.files, main, deps, pkg),
    world: { args: [`target/debug/${pkg.name}`, ...(input.args ?? [])], env: input.env ?? {}, files: input.files, stdin: input.stdin ?? '', seed: input.seed },
  });
  return { ...r, diagnostics: mapDiagnostics(a, r.diagnostics) };
}
