// Bridges runtime values to std::fmt: converts Values into the format module's FmtValue tree (calling user
// Display/Debug impls), runs `format!`-style templates, and turns a cyclic Debug print into a stack overflow.
import type * as A from '../syntax/ast.ts';
import { defaultSpec, type ConcreteSpec, type FmtCount, type FmtPiece, type FmtValue } from '../format/fmt-value.ts';
import { formatWith } from '../format/format-value.ts';
import { formatCapacity, floatWrites, type ArgWrite } from './string-capacity.ts';
import { utf8Len } from './buffers.ts';
import { formatArgs } from '../format/format-args.ts';
import { parseFormatString } from '../format/parse-format.ts';
import { type Value, guardPlace } from '../memory/value.ts';
import type { Interp } from './interp.ts';
import { evalOperand } from './place.ts';
import { evalExpr } from './expr.ts';
import { coerce, astTy } from './types.ts';
import { OverflowSignal } from './signals.ts';
import { toBig } from '../memory/int.ts';
import { NATIVE_DEBUG } from './native.ts';
import { allKeys, allVals } from '../memory/map-chunks.ts';

/** Nesting depth at which a Debug print is taken to recurse forever (a reference cycle). */
const MAX_FMT_DEPTH = 1500;
const OVERFLOW_MARK = '\u0000\u0001overflow';

export function toFmt(ip: Interp, v: Value, display: boolean, depth = 0): FmtValue {
  if (depth > MAX_FMT_DEPTH) return { t: 'raw', debug: OVERFLOW_MARK, display: OVERFLOW_MARK };
  const sub = (x: Value) => toFmt(ip, x, false, depth + 1);
  switch (v.k) {
    case 'int': return { t: 'int', ty: v.ty, value: toBig(v.v) };
    case 'float': return { t: 'float', ty: v.ty, value: v.v };
    case 'bool': return { t: 'bool', value: v.v };
    case 'char': return { t: 'char', value: v.v };
    case 'unit': return { t: 'unit' };
    case 'str': return { t: 'str', value: v.s };
    case 'string': case 'vec': {
      // A dropped slot can still be drawn after its buffer was freed.
      const a = ip.heap.allocs.get(v.id);
      if (!a) return { t: 'raw', debug: '<freed>' };
      return v.k === 'string' ? { t: 'str', value: a.text } : { t: 'list', items: a.vals.map(sub) };
    }
    case 'array': return { t: 'list', items: v.f.map(sub) };
    case 'slice': return { t: 'list', items: v.c.slice(v.from, v.to).map(sub) };
    case 'box': case 'rc': {
      const a = ip.heap.allocs.get(v.id);
      return a ? toFmt(ip, a.vals[0], display, depth + 1) : { t: 'raw', debug: '<freed>' };
    }
    case 'ref': return toFmt(ip, v.p.c[v.p.i], display, depth + 1);
    case 'guard': { const gp = guardPlace(v); return toFmt(ip, gp.c[gp.i], display, depth + 1); }
    case 'weak': return { t: 'raw', debug: '(Weak)' };
    case 'refcell':
      if (v.lock) return { t: 'raw', debug: ip.std.lockDebug(ip, v), display: ip.std.lockDebug(ip, v) };
      if (v.borrow < 0) return { t: 'struct', name: 'RefCell', fields: [['value', { t: 'raw', debug: '<borrowed>' }]] };
      return { t: 'struct', name: 'RefCell', fields: [['value', sub(v.f[0])]] };
    case 'cell':
      if (v.atomic) return toFmt(ip, v.f[0], display, depth + 1);
      return { t: 'struct', name: 'Cell', fields: [['value', sub(v.f[0])]] };
    case 'tuple': return { t: 'tuple', items: v.f.map(sub) };
    case 'struct': {
      const user = userFmt(ip, v, v.name, display);
      if (user) return user;
      const def = ip.index.structs.get(v.name);
      if (!def && v.name in STD_ERRORS) return stdError(ip, v, display);
      const native = def ? undefined : NATIVE_DEBUG[v.name];
      if (native) return { t: 'raw', debug: native(ip, v), display: native(ip, v) };
      const world = def ? null : ip.std.worldFmt(v, display);
      if (world) return world;
      if (!def && v.tuple && v.f.length) return { t: 'tuple-struct', name: v.name, items: v.f.map(sub) }; // std::cmp::Reverse(x)
      if (!def || def.item.fields.kind === 'Unit') return { t: 'unit-struct', name: v.name };
      if (def.tuple) return { t: 'tuple-struct', name: v.name, items: v.f.map(sub) };
      return { t: 'struct', name: v.name, fields: def.fieldNames.map((n, i) => [n, sub(v.f[i])] as [string, FmtValue]) };
    }
    case 'enum': {
      if (v.name !== 'Option' && v.name !== 'Result') {
        const user = userFmt(ip, v, v.name, display);
        if (user) return user;
      }
      const world = ip.index.enums.has(v.name) ? null : ip.std.worldFmt(v, display);
      if (world) return world;
      const utf = display && !ip.index.enums.has(v.name) ? ip.std.utfErrorDisplay(v) : null;
      if (utf !== null) return { t: 'raw', debug: debugText(ip, v), display: utf };
      if (v.names) return { t: 'struct', name: v.variant, fields: v.names.map((n, i) => [n, sub(v.f[i])] as [string, FmtValue]) };
      if (v.f.length === 0) return { t: 'unit-struct', name: v.variant };
      return { t: 'tuple-struct', name: v.variant, items: v.f.map(sub) };
    }
    case 'range': {
      const lo = v.lo ? debugText(ip, v.lo) : '', hi = v.hi ? debugText(ip, v.hi) : '';
      return { t: 'raw', debug: `${lo}..${v.incl ? '=' : ''}${hi}${v.exhausted ? ' (exhausted)' : ''}` };
    }
    case 'moved': return { t: 'raw', debug: '<moved>' };
    case 'iter': {
      const shown = v.shown;
      if (!shown) return { t: 'no-display', typeName: v.k };
      if (shown.debug !== undefined) return { t: 'raw', debug: shown.debug, display: shown.display };
      return { t: 'user', name: v.desc, trait: 'display', render: () => shown.display };
    }
    case 'map': {
      const keys = allKeys(v), vals = allVals(v);
      if (v.kind.endsWith('Set')) return { t: 'set', items: keys.map(sub) };
      return { t: 'map', entries: keys.map((key, i) => [sub(key), sub(vals[i])] as [FmtValue, FmtValue]) };
    }
    // No Debug or Display in std for these (the checker rejects formatting them).
    case 'fn': case 'closure': case 'uninit': case 'formatter': case 'entry':
      return { t: 'no-display', typeName: v.k };
  }
}

/** A user `impl Display` / hand-written `impl Debug`: run its `fmt` and take what it wrote. */
function userFmt(ip: Interp, v: Value, name: string, display: boolean): FmtValue | null {
  const trait = display ? 'Display' : 'Debug';
  if (!ip.index.implements(name, trait)) return null;
  // Find the `fmt` of the right impl: both Display and Debug impls define `fmt`; they are told apart by the impl.
  const def = findTraitFmt(ip, name, trait);
  if (!def) return null;
  // Run when formatted, with the placeholder's spec (what `f.pad`, `f.width()`, `f.alternate()` see).
  return { t: 'user', name, trait: display ? 'display' : 'debug', render: (spec) => runUserFmt(ip, v, name, trait, def, spec) };
}

function runUserFmt(ip: Interp, v: Value, name: string, trait: string, def: A.FnItem, spec: ConcreteSpec): string {
  const out: string[] = [];
  ip.callFn(def, `<${name} as ${trait}>::fmt`, name, [
    { k: 'ref', mut: false, p: { c: [v], i: 0, root: { to: 'temp' } } },
    { k: 'ref', mut: true, p: { c: [{ k: 'formatter', out, spec }], i: 0, root: { to: 'temp' } } },
  ], def.span);
  return out.join('');
}

const fmtCache = new WeakMap<object, Map<string, A.FnItem | null>>();
function findTraitFmt(ip: Interp, name: string, trait: string): A.FnItem | null {
  let m = fmtCache.get(ip.index);
  if (!m) fmtCache.set(ip.index, (m = new Map()));
  const key = name + '/' + trait;
  if (m.has(key)) return m.get(key)!;
  let found: A.FnItem | null = null;
  const scan = (items: A.Item[]): void => {
    for (const it of items) {
      if (it.kind === 'Mod') scan(it.items);
      if (it.kind === 'Impl' && it.selfName === name && it.traitName === trait) {
        for (const mem of it.members) if (mem.kind === 'Fn' && mem.name.name === 'fmt') found = mem;
      }
    }
  };
  scan(ip.program.items);
  m.set(key, found);
  return found;
}

/** Names a template refers to inline (`{name}`, `{:name$}`). */
function inlineNames(template: string): string[] {
  const parsed = parseFormatString(template);
  if (!parsed.ok) return [];
  const out: string[] = [];
  for (const p of parsed.pieces) {
    if (p.kind !== 'arg') continue;
    if ('name' in p.arg) out.push(p.arg.name);
    for (const c of [p.spec.width, p.spec.precision]) if (c && 'name' in c) out.push(c.name);
  }
  return out;
}

/** Which positional / named arguments a template formats with `{}` (Display). */
function displayArgs(template: string): { pos: Set<number>; names: Set<string> } {
  const pos = new Set<number>(), names = new Set<string>();
  const parsed = parseFormatString(template);
  if (!parsed.ok) return { pos, names };
  let next = 0;
  for (const p of parsed.pieces) {
    if (p.kind !== 'arg') continue;
    const isDisplay = p.spec.trait === 'display';
    if ('next' in p.arg) { if (isDisplay) pos.add(next); next++; }
    else if ('pos' in p.arg) { if (isDisplay) pos.add(p.arg.pos); }
    else if (isDisplay) names.add(p.arg.name);
  }
  return { pos, names };
}

/** The text of a format macro; `pre`: the arguments' values when the machine evaluated them already. */
export function formatMacroText(ip: Interp, f: A.FormatArgs, pre?: Value[]): string {
  return formatMacroFull(ip, f, pre).text;
}

/** `format!`: the text and the capacity of the String rustc would build for it. */
export function formatMacroString(ip: Interp, f: A.FormatArgs, pre?: Value[]): { text: string; cap: number } {
  const r = formatMacroFull(ip, f, pre);
  const cap = formatCapacity(f, r.text, (i) => placeholderWrites(r, i));
  return { text: r.text, cap };
}

interface Formatted {
  text: string;
  pieces: FmtPiece[];
  positional: FmtValue[];
  named: Record<string, FmtValue>;
}


/** The writes one placeholder makes: its text without padding, and the fill characters around it. */
function placeholderWrites(r: Formatted, index: number): ArgWrite {
  let next = 0, k = 0;
  for (const p of r.pieces) {
    if (p.kind !== 'arg') continue;
    const ref = 'next' in p.arg ? String(next++) : 'pos' in p.arg ? String(p.arg.pos) : p.arg.name;
    if (k++ !== index) continue;
    const sp = p.spec;
    const value = /^\d+$/.test(ref) ? r.positional[Number(ref)] : r.named[ref];
    const countOf = (c: FmtCount | null): number | null => {
      if (!c || 'star' in c) return null;
      if ('lit' in c) return c.lit;
      const v = 'pos' in c ? r.positional[c.pos] : r.named[c.name];
      return v && v.t === 'int' ? Number(v.value) : null;
    };
    const spec: ConcreteSpec = { ...defaultSpec(sp.trait), sign: sp.sign, alternate: sp.alternate, precision: countOf(sp.precision), debugHex: sp.debugHex };
    const out = value ? formatWith(value, spec) : '';
    const text = typeof out === 'string' ? out : '';
    const width = countOf(sp.width) ?? 0;
    const pad = Math.max(0, width - [...text].length);
    const numeric = value && (value.t === 'int' || value.t === 'float');
    const align = sp.align ?? (numeric ? 'right' : 'left');
    const before = sp.zero && numeric ? pad : align === 'right' ? pad : align === 'center' ? Math.floor(pad / 2) : 0;
    let coreWrites = [utf8Len(text)];
    if (value && value.t === 'float' && sp.trait === 'display') coreWrites = floatWrites(text);
    else if (value && value.t === 'int' && /^[+-]/.test(text)) coreWrites = [1, utf8Len(text) - 1];
    return { core: coreWrites, padBefore: before, padAfter: pad - before };
  }
  return { core: [], padBefore: 0, padAfter: 0 };
}

function formatMacroFull(ip: Interp, f: A.FormatArgs, pre?: Value[]): Formatted {
  const want = displayArgs(f.template);
  const positional: FmtValue[] = [];
  const named: Record<string, FmtValue> = {};
  let i = 0;
  for (let k = 0; k < f.args.length; k++) {
    const a = f.args[k];
    const v = pre ? pre[k] : evalOperand(ip, a.expr);
    if (a.name) named[a.name] = toFmt(ip, v, want.names.has(a.name));
    else positional.push(toFmt(ip, v, want.pos.has(i++)));
  }
  const caps = (f as A.FormatArgs & { $captures?: Record<string, number> }).$captures;
  if (caps) {
    for (const [name, slot] of Object.entries(caps)) {
      if (name in named) continue;
      named[name] = toFmt(ip, ip.frame.vals[slot], want.names.has(name));
    }
  }
  for (const name of inlineNames(f.template)) {
    // `{LIMIT}` naming a const / static (locals were captured above).
    const c = name in named ? undefined : ip.index.consts.get(name);
    if (c && c.value) {
      let v = ip.constCache.get(name);
      if (!v) { v = coerce(evalExpr(ip, c.value), astTy(c.ty), ip.heap); ip.constCache.set(name, v); }
      named[name] = toFmt(ip, v, want.names.has(name));
    }
  }
  const r = formatArgs(f.template, positional, named);
  if (!r.ok) return ip.unsupported(r.message, f.span);
  const parsed = parseFormatString(f.template);
  return { text: checkOverflow(ip, r.text), pieces: parsed.ok ? parsed.pieces : [], positional, named };
}

/** A Debug print that hit the depth limit: write what Rust would have flushed, then overflow the stack. */
function checkOverflow(ip: Interp, text: string): string {
  const at = text.indexOf(OVERFLOW_MARK);
  if (at < 0) return text;
  ip.print(text.slice(0, at));
  throw new OverflowSignal();
}

export function debugText(ip: Interp, v: Value, pretty = false): string {
  const r = formatArgs(pretty ? '{:#?}' : '{:?}', [toFmt(ip, v, false)], {});
  return r.ok ? checkOverflow(ip, r.text) : '?';
}

export function displayText(ip: Interp, v: Value): string {
  const r = formatArgs('{}', [toFmt(ip, v, true)], {});
  return r.ok ? checkOverflow(ip, r.text) : '?';
}

/** Display texts of std error types the simulator produces (ParseIntError, BorrowError, …). */
const STD_ERRORS: Record<string, (kind: string) => string> = {
  ParseIntError: (k) => ({ Empty: 'cannot parse integer from empty string', InvalidDigit: 'invalid digit found in string', PosOverflow: 'number too large to fit in target type', NegOverflow: 'number too small to fit in target type', Zero: 'number would be zero for non-zero type' })[k] ?? k,
  ParseFloatError: (k) => (k === 'Empty' ? 'cannot parse float from empty string' : 'invalid float literal'),
  ParseBoolError: () => 'provided string was not `true` or `false`',
  ParseCharError: (k) => (k === 'EmptyString' ? 'cannot parse char from empty string' : 'too many characters in string'),
  BorrowError: () => 'already mutably borrowed',
  BorrowMutError: () => 'already borrowed',
  TryFromIntError: () => 'out of range integral type conversion attempted',
};

function stdError(ip: Interp, v: Value & { k: 'struct' }, display: boolean): FmtValue {
  const kind = v.f[0] && v.f[0].k === 'enum' ? v.f[0].variant : '';
  if (display) return { t: 'str', value: STD_ERRORS[v.name](kind) };
  if (!v.f.length) return { t: 'unit-struct', name: v.name };
  if (v.tuple) return { t: 'tuple-struct', name: v.name, items: v.f.map((x) => toFmt(ip, x, false)) };
  return { t: 'struct', name: v.name, fields: [['kind', { t: 'unit-struct', name: kind }]] };
}
