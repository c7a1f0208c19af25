// The checker's pipeline: runs the passes over one parsed crate, orders what they report as rustc
// emits it (resolve → item checks → per body: typeck, match, borrowck, lints), renders cargo's stderr.
import type * as A from '../syntax/ast.ts';
import { relocate, shiftLines, type CompileDiagnostic, type LineMap, type Span } from './diagnostic.ts';
import { renderDiagnostic, sourceMap } from './render.ts';
import { cargoFailureLines, explainLines, type CrateTarget } from './cargo.ts';
import { PASSES } from './passes.ts';
import { deadFields } from './syntax-checks/dead-fields.ts';
import { parseProgram } from '../syntax/parse.ts';
import { wrapSnippet } from '../syntax/wrap.ts';

export type { CrateTarget } from './cargo.ts';

/**
 * When rustc emits a diagnostic, coarsely: passes tag each report so the pipeline can order them.
 * - 'parse': rustc's AST validation (errors without a code)
 * - 'import': unresolved imports (rustc reports them before the rest of resolution)
 * - 'resolve': late name resolution, lifetimes (E0425, E0433, E0412, E0106), source order
 * - 'privacy': privacy errors (E0603), reported at the end of resolution
 * - 'resolve-lint': lints of resolution (unused imports)
 * - 'item': item-level checks (E0072, E0268)
 * - 'body': per function body, in definition order; `step` orders typeck < match < borrowck < lint
 */
export type Phase = 'parse' | 'import' | 'resolve' | 'privacy' | 'resolve-lint' | 'item' | 'body';
export type BodyStep = 'typeck' | 'match' | 'borrowck' | 'lint';

export interface Order {
  phase: Phase;
  /** For 'body': the span of the fn item (free fn, method, closure's enclosing fn) the report belongs to. */
  body?: Span;
  step?: BodyStep;
  /** Other bodies this error taints (rustc's error types spreading): e.g. callers of a fn whose signature failed. */
  taints?: Span[];
}

export interface CheckInput {
  program: A.Program;
  /** The program source the AST's spans point into. */
  source: string;
  /** File the spans are in, relative to the crate root ('src/main.rs'). */
  file: string;
  /** True when the source is a snippet wrapped in `fn main() { … }`: crate-root paths are not decidable. */
  wrapped: boolean;
  /** For a wrapped snippet: the listing as written and the lines the wrapper added above it. Diagnostics
   *  are then reported and rendered in the listing's own lines. */
  listing?: { source: string; lineOffset: number };
  /** Extern crates the crate can name (its Cargo.toml dependencies, `-` as `_`). Unknown: any lowercase
   *  path root may be a crate and is never reported. */
  crates?: readonly string[];
  /** For a source assembled from several crate files (../crate/assemble.ts): the files as written and the
   *  assembled line → file line map. Diagnostics are reported and rendered in those files; if one falls on
   *  a line no file has (a synthetic wrapper), the crate is not judged (silence, never a wrong report). */
  assembled?: { files: Readonly<Record<string, string>>; map: LineMap; foreign?: readonly string[]; crateRoots?: readonly string[] };
  /** The crate's edition as in Cargo.toml (`2021`, `2024`): some messages depend on it. Default 2021. */
  edition?: string;
}

export interface PassContext extends CheckInput {
  report(d: CompileDiagnostic, order: Order): void;
}

/** One checking pass. It must stay silent where it cannot decide (never reject what rustc accepts). */
export interface Pass {
  name: string;
  run(ctx: PassContext): void;
}

export interface CheckResult {
  /** In rustc's emission order (errors and warnings interleaved as rustc prints them). */
  diagnostics: CompileDiagnostic[];
  errors: number;
  warnings: number;
  /** Exactly what `cargo build` prints from the first diagnostic to `error: could not compile …`; '' if no error. */
  stderr: string;
}

export interface CheckOptions {
  packageName?: string;
  /** See CheckInput.crates. */
  crates?: readonly string[];
  target?: CrateTarget;
  passes?: readonly Pass[];
  /** See CheckInput.edition. */
  edition?: string;
}

const PHASES: Phase[] = ['parse', 'import', 'resolve', 'privacy', 'resolve-lint', 'item', 'body'];
const STEPS: BodyStep[] = ['typeck', 'match', 'borrowck', 'lint'];

function fnSpans(program: A.Program): Span[] {
  const out: Span[] = [];
  const visitBlock = (b: A.Block): void => {
    for (const s of b.stmts) if (s.kind === 'ItemStmt') visit(s.item);
  };
  const visit = (it: A.Item): void => {
    if (it.kind === 'Fn') {
      out.push(it.span);
      visitBlock(it.body);
    } else if (it.kind === 'Impl') {
      for (const m of it.members) if (m.kind === 'Fn') visit(m);
    } else if (it.kind === 'Mod') {
      for (const x of it.items) visit(x);
    } else if (it.kind === 'Trait') {
      for (const m of it.members) if (m.kind === 'TraitFn' && m.body) { out.push(m.span); visitBlock(m.body); }
    }
  };
  for (const it of program.items) visit(it);
  return out;
}

/** Definition order of function bodies (rustc's DefIndex order: pre-order over items). */
function bodyOrder(program: A.Program): Map<string, number> {
  const order = new Map<string, number>();
  const key = (s: Span): string => `${s.start.line}:${s.start.col}`;
  const visitItems = (items: readonly A.Item[]): void => {
    for (const it of items) visitItem(it);
  };
  const visitBlock = (b: A.Block): void => {
    for (const s of b.stmts) if (s.kind === 'ItemStmt') visitItem(s.item);
  };
  const visitItem = (it: A.Item): void => {
    switch (it.kind) {
      case 'Fn':
        order.set(key(it.span), order.size);
        visitBlock(it.body);
        break;
      case 'Impl':
        for (const m of it.members) if (m.kind === 'Fn') visitItem(m);
        break;
      case 'Trait':
        for (const m of it.members) {
          if (m.kind === 'TraitFn' && m.body) {
            order.set(key(m.span), order.size);
            visitBlock(m.body);
          }
        }
        break;
      case 'Mod':
        visitItems(it.items);
        break;
      case 'Struct': case 'Enum': case 'Use': case 'Const': case 'Static': case 'TypeAlias':
        break;
    }
  };
  visitItems(program.items);
  return order;
}

interface Entry {
  d: CompileDiagnostic;
  order: Order;
  rank: number[];
  seq: number;
}

const contains = (o: Span, s: Span): boolean =>
  (s.start.line > o.start.line || (s.start.line === o.start.line && s.start.col >= o.start.col)) &&
  (s.end.line < o.end.line || (s.end.line === o.end.line && s.end.col <= o.end.col));

/**
 * rustc borrow-checks and lints a body only when it built its MIR: an error from resolution, typeck or
 * match checking inside the fn (signature or body, not a nested fn) means no borrowck errors and no
 * unused-variable warnings for it. Borrowck errors themselves don't stop the lints.
 */
function dropLintsOfFailedBodies(entries: Entry[], fnSpans: Span[]): Entry[] {
  const failing = entries.filter((e) => e.d.level === 'error' && e.order.step !== 'borrowck');
  return entries.filter((e) => {
    if ((e.order.step !== 'lint' && e.order.step !== 'borrowck') || !e.order.body) return true;
    const body = e.order.body;
    const nested = fnSpans.filter((f) => f !== body && contains(body, f) && !(f.start.line === body.start.line && f.start.col === body.start.col));
    const same = (s: Span | undefined): boolean => !!s && s.start.line === body.start.line && s.start.col === body.start.col;
    return !failing.some((x) => same(x.order.body) || (x.order.taints ?? []).some(same) ||
      (x.d.file === e.d.file && contains(body, x.d.span) && !nested.some((n) => contains(n, x.d.span))));
  });
}

export function checkCrate(input: CheckInput, options: CheckOptions = {}): CheckResult {
  const entries: Entry[] = [];
  const bodies = bodyOrder(input.program);
  const ctx: PassContext = {
    ...input,
    crates: input.crates ?? options.crates,
    edition: input.edition ?? options.edition,
    report(d, order) {
      const body = order.body ? bodies.get(`${order.body.start.line}:${order.body.start.col}`) ?? 0 : 0;
      // rustc type-checks every body before it builds any body's MIR (match checking, liveness lints, borrowck).
      const afterTypeck = order.phase === 'body' && order.step !== undefined && order.step !== 'typeck' ? 1 : 0;
      const rank = [PHASES.indexOf(order.phase), afterTypeck, order.phase === 'body' ? body : 0, order.step ? STEPS.indexOf(order.step) : 0, d.span.start.line, d.span.start.col];
      entries.push({ d: { ...d, file: d.file ?? input.file }, order, rank, seq: entries.length });
    },
  };
  for (const pass of options.passes ?? PASSES) {
    try {
      pass.run(ctx);
    } catch {
      // A pass that trips on an unexpected program says nothing: silence is never a false positive.
    }
  }
  entries.sort((a, b) => {
    for (let i = 0; i < a.rank.length; i++) if (a.rank[i] !== b.rank[i]) return a.rank[i] - b.rank[i];
    return a.seq - b.seq;
  });
  const kept = dropLintsOfFailedBodies(entries, fnSpans(input.program));
  const shift = input.listing?.lineOffset ?? 0;
  const deduped = dedupe(kept.map((e) => (shift === 0 ? e.d : shiftLines(e.d, -shift))));
  const asm = input.assembled;
  const relocated = asm ? deduped.map((d) => relocate(d, input.file, asm.map)) : deduped;
  if (relocated.some((d) => d === undefined)) return { diagnostics: [], errors: 0, warnings: 0, stderr: '' };
  const privateField = (struct: string, field: string): boolean => libStructs(input).some((st) =>
    st.name.name === struct && st.fields.kind === 'Named' && st.fields.fields.some((f) => f.name.name === field && !f.isPub));
  const diagnostics = asm?.foreign?.length ? (relocated as CompileDiagnostic[]).map((d) => withoutLocalOnly(d, asm.foreign!, privateField)) : relocated as CompileDiagnostic[];
  const pkg = options.packageName ?? 'main';
  const target = options.target ?? { kind: 'bin', name: pkg };
  const files = sourceMap(asm ? asm.files : { [input.file]: input.listing?.source ?? input.source });
  const foreign = asm?.foreign ?? [];
  if (foreign.length === 0) return cargoOutput(diagnostics, pkg, target, files, '');
  // The package's library is its own crate, built first: its errors end the build (`(lib)` target); its
  // warnings come before the binary's output with cargo's `(lib) generated N warnings` line.
  const inLib = (d: CompileDiagnostic): boolean => foreign.includes(d.file ?? input.file);
  const libOwn = diagnostics.filter(inLib);
  const libRun = cargoOutput(libOwn, pkg, { kind: 'lib' }, files, '');
  if (libRun.errors > 0) return libRun;
  const lib = [...libOwn, ...libDeadFields(input, asm!)];
  const prelude = lib.length === 0 ? '' :
    lib.map((d) => renderSafely(d, files)).join('') + libWarningsLine(pkg, lib);
  return cargoOutput(diagnostics.filter((d) => !inLib(d)), pkg, target, files, prelude);
}

/** The structs of the package's library (the assembly's crate-root module), at any depth. */
function libStructs(input: CheckInput): A.StructItem[] {
  const root = input.assembled?.crateRoots?.[0];
  const out: A.StructItem[] = [];
  const visit = (items: readonly A.Item[]): void => {
    for (const it of items) {
      if (it.kind === 'Struct') out.push(it);
      else if (it.kind === 'Mod') visit(it.items);
    }
  };
  for (const it of input.program.items) if (it.kind === 'Mod' && it.name.name === root) visit(it.items);
  return out;
}

/** The dead_code warnings of the package's library (built without errors), in its files; none if one can't be placed. */
function libDeadFields(input: CheckInput, asm: NonNullable<CheckInput['assembled']>): CompileDiagnostic[] {
  const root = asm.crateRoots?.[0];
  const mod = input.program.items.find((it): it is A.ModItem => it.kind === 'Mod' && it.name.name === root);
  if (!mod) return [];
  const found = deadFields({ ...input.program, items: mod.items }, (asm.foreign ?? []).map((f) => asm.files[f] ?? ''));
  const placed = found.map((d) => relocate(d, input.file, asm.map));
  return placed.every((d) => d !== undefined) ? placed as CompileDiagnostic[] : [];
}

/** cargo's summary of a library built with warnings; the lints the checker emits (unused variables,
 *  imports, `mut`) carry machine-applicable fixes, which cargo offers to apply. */
function libWarningsLine(pkg: string, warnings: readonly CompileDiagnostic[]): string {
  const n = warnings.length;
  const fixes = warnings.filter((d) => d.suggestions.length > 0).length;
  const fix = fixes > 0 ? ` (run \`cargo fix --lib -p ${pkg}\` to apply ${fixes} suggestion${fixes === 1 ? '' : 's'})` : '';
  return `warning: \`${pkg}\` (lib) generated ${n} warning${n === 1 ? '' : 's'}${fix}\n`;
}

/** One target's build as cargo prints it (after `prelude`, what was printed before); '' if no error. */
function cargoOutput(diagnostics: CompileDiagnostic[], pkg: string, target: CrateTarget, files: ReturnType<typeof sourceMap>, prelude: string): CheckResult {
  const errors = diagnostics.filter((d) => d.level === 'error').length;
  const warnings = diagnostics.length - errors;
  if (errors === 0) return { diagnostics, errors, warnings, stderr: '' };
  const stderr = prelude + diagnostics.map((d) => renderSafely(d, files)).join('') +
    explainLines(diagnostics.flatMap((d) => (d.level === 'error' && d.code ? [d.code] : []))) +
    cargoFailureLines(pkg, target, errors, warnings);
  return { diagnostics, errors, warnings, stderr };
}

/**
 * rustc adds some notes only for items of the crate being compiled (`def_id.is_local()`): the "if `T`
 * implemented `Clone`" and "consider changing this parameter type" notes of E0382 and E0599's "method not
 * found for this struct" label, the parameter labelled under "function defined here". For items of the package's
 * library (another crate) they go, and a private field of its struct called as a method is E0599's "private
 * field, not a method".
 */
function withoutLocalOnly(d: CompileDiagnostic, foreign: readonly string[], privateField: (struct: string, field: string) => boolean): CompileDiagnostic {
  const inForeign = (f: string | undefined): boolean => foreign.includes(f ?? d.file ?? '');
  // A field of the library's struct that the binary cannot see: rustc says so and offers no call fix.
  const owner = d.labels.find((l) => inForeign(l.file) && /not found for this struct$/.test(l.text ?? ''));
  const field = /^no method named `(\w+)` found for struct `(\w+)`/.exec(d.message);
  const hidden = d.code === 'E0599' && d.label === 'field, not a method' && owner && field && privateField(field[2], field[1]);
  return {
    ...d,
    ...(hidden ? { label: 'private field, not a method', suggestions: [] } : {}),
    labels: d.labels.filter((l) => !(inForeign(l.file) && /not found for this (struct|enum|union)$/.test(l.text ?? ''))),
    children: d.children.filter((c) => !(c.span && inForeign(c.file) &&
      /^if `.*` implemented `Clone`, you could clone the value$|^consider changing this parameter type in (function|method) `.*` to borrow instead/.test(c.message)))
      // A foreign fn's "defined here" note points at its name only (rustc labels the parameter in its own crate).
      .map((c) => (c.span && inForeign(c.file) && /^(associated )?function defined here$/.test(c.message) ? { ...c, labels: [] } : c)),
  };
}

/** The renderer must never take the run down: a diagnostic it cannot draw prints as header + location. */
function renderSafely(d: CompileDiagnostic, files: ReturnType<typeof sourceMap>): string {
  try {
    return renderDiagnostic(d, files);
  } catch {
    const head = `${d.level}${d.code ? `[${d.code}]` : ''}: ${d.message}`;
    return `${head}\n --> ${d.file ?? 'src/main.rs'}:${d.span.start.line}:${d.span.start.col}\n\n`;
  }
}

/** rustc never prints the same diagnostic twice. */
function dedupe(ds: CompileDiagnostic[]): CompileDiagnostic[] {
  const seen = new Set<string>();
  return ds.filter((d) => {
    const k = `${d.level}|${d.code}|${d.message}|${d.span.start.line}:${d.span.start.col}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export interface SourceCheck extends CheckResult {
  /** Lines the checked program has above the listing's own (1 when a statement snippet was wrapped). */
  lineOffset: number;
}

/**
 * Checks a listing as `runRust` does: a source with `fn main`, or a list of items (a library crate root),
 * is checked as written; a statement snippet inside `fn main() { … }`. Undefined when it does not parse.
 */
export function checkSource(source: string, options: CheckOptions & { fileName?: string } = {}): SourceCheck | undefined {
  const file = options.fileName ?? 'src/main.rs';
  const raw = parseProgram(source);
  if (raw.ok) return { ...checkCrate({ program: raw.program, source, file, wrapped: false }, options), lineOffset: 0 };
  const { source: program, lineOffset } = wrapSnippet(source);
  if (lineOffset === 0) return undefined;
  const wrapped = parseProgram(program);
  if (!wrapped.ok) return undefined;
  return { ...checkCrate({ program: wrapped.program, source: program, file, wrapped: true, listing: { source, lineOffset } }, options), lineOffset };
}
