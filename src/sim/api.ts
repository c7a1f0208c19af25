// The simulator's public API: run a Rust program's source and get its output and (optionally) a trace.
// Pure TypeScript, no DOM or Node imports: the CLI, tests, the build and the Web Worker all call this.
import type { Diagnostic, Outcome, Trace } from './trace/schema.ts';
import type { CompileDiagnostic } from './check/diagnostic.ts';
import type { World } from './std/world.ts';
import type { FrontCache } from './run.ts';

export type { World } from './std/world.ts';

export type { Diagnostic, Outcome, Trace } from './trace/schema.ts';
export type { CompileDiagnostic } from './check/diagnostic.ts';

export interface RunOptions {
  /** Step budget; exceeding it stops the run with a Korean 'step-limit' diagnostic. Default 10_000_000. */
  maxSteps?: number;
  /** Record a trace (frames/heap snapshots). Default false (fast path: output only). */
  trace?: boolean;
  /** Snapshot cap when tracing; steps beyond it still run (output stays complete). Default 50_000. */
  maxSnapshots?: number;
  /** Tracing: re-draw every frame and heap block at every step instead of only what the step touched (the
   *  reference the incremental recording is tested against; slow). Default false. */
  traceFull?: boolean;
  /** File name used in panic locations, like cargo: default 'src/main.rs'. */
  fileName?: string;
  /** Thread scheduling seed: the same seed gives the same interleaving. Default: round robin (like a quiet real run). */
  seed?: number;
  /** Wrap the source in `fn main() { … }` when it has no `fn main` (as rustdoc/mdBook do). Default true. */
  wrapMain?: boolean;
  /** Cargo package name for `error: could not compile \`<name>\``. Default 'main'. */
  packageName?: string;
  /** Extern crate names the program may use (its Cargo.toml dependencies, and its own library when it
   *  has one). When given, other unknown lowercase path roots are rustc's E0432/E0433; default: unknown. */
  crates?: string[];
  /** The crate's edition (Cargo.toml `edition`): some compiler messages depend on it. Default 2021. */
  edition?: string;
  /** 'lib' prints cargo's `(lib)` target; default: 'lib' when `fileName` is a `lib.rs`, else 'bin'. */
  crateType?: 'bin' | 'lib';
  /** The program's outside world: args, env, files, stdin, rand seed (./std/world.ts). Default: empty. */
  world?: World;
  /** Multi-file crates: maps a line of the assembled source to its file (./crate/assemble.ts). */
  locate?: (line: number) => { file: string; line: number };
  /** The source was assembled from several files (./crate/assemble.ts). Without `crateFiles` the checker
   *  stays silent on it (never a wrong rejection). */
  multiFile?: boolean;
  /** With `multiFile`: the crate's files as written and the assembled line → file line map (undefined on a
   *  synthetic line). When given, the checker runs and reports in those files instead of staying silent. */
  crateFiles?: {
    files: Readonly<Record<string, string>>;
    map: (line: number) => { file: string; line: number } | undefined;
    /** Files of the package's library: another crate, which cargo builds (and reports) first. */
    foreign?: readonly string[];
    /** Top-level modules of the assembly that are other crates' roots (the library, by its crate name). */
    crateRoots?: readonly string[];
  };
  /** Keeps the front end's result (parse, checks, hints) for the next run of the same source (./run.ts). */
  frontCache?: FrontCache;
}

export interface RunResult {
  /** Exactly what the program writes to stdout / stderr (a debug build, RUST_BACKTRACE unset). */
  stdout: string;
  stderr: string;
  /** Process exit code: 0, 1 (main returned Err), 101 (panic or compile error), 134 (stack overflow), n (process::exit). */
  exitCode: number;
  outcome: Outcome;
  /** Parse errors / unsupported features / limits, each with a span. Empty on a clean run. */
  diagnostics: Diagnostic[];
  /** When rustc would reject the program (outcome 'compile-error'): its diagnostics with spans;
   *  `stderr` then holds cargo's text, exactly as `cargo run` prints it (without the `Compiling` line). */
  compileDiagnostics?: CompileDiagnostic[];
  /** Present when options.trace was true. */
  trace?: Trace;
}

export { runRust, startRust, FrontCache, type RunSession } from './run.ts';
export { runCrate, type CrateInput } from './crate/run-crate.ts';
export { testCrate, type TestInput } from './crate/test-crate.ts';
export { buildCrate, type BuildResult, type BuildOptions } from './crate/build-crate.ts';
