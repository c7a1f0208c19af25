// Runs each crate with the real cargo (copied to a temp dir, stdin /dev/null, RUST_BACKTRACE unset,
// offline, a timeout), at most `jobs` at a time, each crate in its own temp copy with its own target/. Node I/O.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, openSync, closeSync, readdirSync, rmSync, readFileSync } from 'node:fs';
import { join, basename } from 'node:path';
import { tmpdir } from 'node:os';
import { classify, type CargoResult, type TruthClass } from './classify.ts';
import { prebuildArgs } from './command.ts';
import { crateFiles, type CrateUnit } from './discover.ts';
import { relocate } from './relocate.ts';
import { readCached, truthKey, writeCached, type TruthRecord } from './truth-cache.ts';

export interface TruthOptions {
  cacheDir: string;
  jobs: number;
  /** Seconds the program (or test binary) may run once built. */
  runTimeout: number;
  /** Seconds compiling may take (the machine is shared). */
  buildTimeout: number;
  /** Called after each crate (cached or fresh). */
  onResult?: (rec: TruthRecord, cached: boolean, done: number, total: number) => void;
}

const MAX_OUTPUT = 4 * 1024 * 1024;

export function toolchainVersion(): string {
  const r = spawnSync('cargo', ['--version'], { encoding: 'utf8' });
  const c = spawnSync('rustc', ['-V'], { encoding: 'utf8' });
  if (r.status !== 0 || c.status !== 0) throw new Error('cargo/rustc를 찾을 수 없습니다 (PATH 확인)');
  return `${r.stdout.trim()} / ${c.stdout.trim()}`;
}

/** Process groups of the cargo commands now running: killed if this process is interrupted. */
const live = new Set<number>();

function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    /* already gone */
  }
}

/**
 * Each cargo runs in its own process group (so a timeout kills the program too), which also shields it
 * from the terminal's Ctrl-C: on SIGINT/SIGTERM kill every live group and the temp dirs, then exit.
 */
function onInterrupt(cleanup: () => void): () => void {
  const handler = (sig: NodeJS.Signals) => {
    for (const pid of live) killGroup(pid);
    cleanup();
    process.exit(sig === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}

function runCargo(cwd: string, args: string[], env: NodeJS.ProcessEnv, timeoutSec: number): Promise<CargoResult> {
  return new Promise((resolve) => {
    const stdin = openSync('/dev/null', 'r');
    const child = spawn('cargo', args, { cwd, env, stdio: [stdin, 'pipe', 'pipe'], detached: true });
    closeSync(stdin);
    if (child.pid !== undefined) live.add(child.pid);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let outLen = 0;
    let errLen = 0;
    child.stdout!.on('data', (b: Buffer) => {
      if (outLen < MAX_OUTPUT) out.push(b);
      outLen += b.length;
    });
    child.stderr!.on('data', (b: Buffer) => {
      if (errLen < MAX_OUTPUT) err.push(b);
      errLen += b.length;
    });
    let timedOut = false;
    const kill = () => {
      if (child.pid !== undefined) killGroup(child.pid);
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, timeoutSec * 1000);
    child.on('close', (code) => {
      clearTimeout(timer);
      kill(); // any grandchild left behind (a server spawned threads, not processes, but be safe)
      if (child.pid !== undefined) live.delete(child.pid);
      resolve({ stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), exitCode: timedOut ? null : code, timedOut });
    });
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ stdout: '', stderr: String(e), exitCode: null, timedOut: false });
    });
  });
}

/**
 * Each crate builds in its own `target/` inside its copy, as in the book's folder. A target dir shared by
 * crates is unsafe: cargo's artifact hash of a root package doesn't depend on its folder, so two crates with
 * the same package name (the book has dozens of `adder`s) share fingerprints, and a copy with older file
 * times was seen running the previous crate's binary. Sharing would save nothing: no crate has registry
 * dependencies to reuse.
 */
function cargoEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.RUST_BACKTRACE;
  delete env.RUST_LIB_BACKTRACE;
  delete env.RUSTFLAGS;
  delete env.CARGO_BUILD_TARGET;
  delete env.CARGO_TARGET_DIR;
  delete env.CARGO_BUILD_TARGET_DIR;
  env.CARGO_TERM_COLOR = 'never';
  env.CARGO_NET_OFFLINE = 'true';
  env.CARGO_INCREMENTAL = '0';
  return { ...env, ...extra };
}

/** Runs one crate for real (no cache). The copy is named like the book's folder so cargo's lines look alike. */
async function runOne(unit: CrateUnit, work: string, opts: TruthOptions): Promise<Omit<TruthRecord, 'key' | 'toolchain'>> {
  const started = Date.now();
  const base = { path: unit.path, command: unit.command.text, commandSource: unit.commandSource };
  if (unit.registryDeps.length) {
    return { ...base, stdout: '', stderr: `(not run: needs crates.io for ${unit.registryDeps.join(', ')})\n`, exitCode: null, timedOut: false, classification: 'needs-registry', seconds: 0, second: null };
  }
  // Copied under its own folder name (with path dependencies outside it: their common folder).
  const top = join(work, basename(unit.copyRoot));
  const dir = unit.crateSubdir ? join(top, unit.crateSubdir) : top;
  const copySources = () => cpSync(unit.copyRoot, top, { recursive: true, preserveTimestamps: true, filter: (src) => basename(src) !== 'target' });
  rmSync(top, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  copySources();
  const env = cargoEnv(unit.command.env);
  const full = unit.command.argv;
  try {
    // Compile first with a generous limit, so the run's timeout measures the program, not a busy machine.
    const pre = prebuildArgs(unit.command);
    let built = true;
    if (pre) built = (await runCargo(dir, pre, env, opts.buildTimeout)).exitCode === 0;
    const r = await runCargo(dir, full, env, built && pre ? opts.runTimeout : opts.buildTimeout);
    const classification = classify(r, unit.registryDeps);
    const seconds = (Date.now() - started) / 1000;
    // Run the built program once more: a crate whose output differs between runs is nondeterministic.
    let second = null;
    if (needsSecondSample(unit, classification)) {
      // The crate as the book has it again (a program may have created files), its target/ kept: no rebuild.
      for (const e of readdirSync(top)) if (e !== 'target' || dir !== top) rmSync(join(top, e), { recursive: true, force: true });
      copySources();
      second = await runCargo(dir, full, env, opts.runTimeout);
    }
    return { ...base, ...r, classification, seconds, second };
  } finally {
    rmSync(top, { recursive: true, force: true });
  }
}

/** Programs that ran (or test suites) are sampled twice; a build, a rejected or a hanging crate is not. */
function needsSecondSample(unit: CrateUnit, c: TruthClass): boolean {
  return unit.command.mode !== 'build' && (c === 'runs' || c === 'panics');
}

/** Uses TCP port 7878 and friends: such crates (servers) must not run at the same time. */
function usesNetwork(unit: CrateUnit): boolean {
  return crateFiles(unit.absDir).some((f) => f.endsWith('.rs') && /TcpListener::bind/.test(readFileSync(join(unit.absDir, f), 'utf8')));
}

/** Real cargo results for every unit (from the cache when the crate and command are unchanged), in unit order. */
export async function groundTruth(units: readonly CrateUnit[], opts: TruthOptions): Promise<TruthRecord[]> {
  const toolchain = toolchainVersion();
  const results: TruthRecord[] = new Array(units.length);
  const root = join(tmpdir(), `heapbook-conformance-${process.pid}`);
  let next = 0;
  let done = 0;
  let netBusy: Promise<void> = Promise.resolve();
  const worker = async (w: number) => {
    const work = join(root, `w${w}`);
    while (next < units.length) {
      const i = next++;
      const unit = units[i];
      const key = truthKey(unit.copyRoot, crateFiles(unit.copyRoot), unit.command.text, toolchain);
      let cached = readCached(opts.cacheDir, key);
      // An entry from before second samples were taken is run again when it needs one.
      if (cached && cached.second === undefined && needsSecondSample(unit, classify(cached, unit.registryDeps))) cached = null;
      let rec: TruthRecord;
      // The classification is recomputed from the raw result, so a better classifier needs no rerun.
      if (cached) rec = { ...cached, path: unit.path, classification: classify(cached, unit.registryDeps) };
      else {
        let fresh;
        if (usesNetwork(unit)) {
          // Serialise servers: chain on the previous one so two never bind the same port.
          let release!: () => void;
          const prev = netBusy;
          netBusy = new Promise<void>((r) => (release = r));
          await prev;
          try {
            fresh = await runOne(unit, work, opts);
          } finally {
            release();
          }
        } else fresh = await runOne(unit, work, opts);
        rec = { key, toolchain, ...fresh };
        writeCached(opts.cacheDir, rec);
      }
      // The cache keeps cargo's raw text; paths are shown as cargo prints them for the crate in the book.
      const layout = { tmp: tmpdir(), folder: basename(unit.copyRoot), home: unit.copyRoot };
      const second = rec.second ? { ...rec.second, stdout: relocate(rec.second.stdout, layout), stderr: relocate(rec.second.stderr, layout) } : (rec.second ?? null);
      rec = { ...rec, stdout: relocate(rec.stdout, layout), stderr: relocate(rec.stderr, layout), second };
      results[i] = rec;
      opts.onResult?.(rec, !!cached, ++done, units.length);
    }
  };
  const removeTemp = () => rmSync(root, { recursive: true, force: true });
  const stopListening = onInterrupt(removeTemp);
  try {
    await Promise.all(Array.from({ length: Math.max(1, opts.jobs) }, (_, w) => worker(w)));
  } finally {
    stopListening();
    removeTemp();
  }
  return results;
}
