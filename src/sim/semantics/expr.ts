// Expression evaluation: the dispatcher (one case per AST kind) plus paths, operators, borrows, casts,
// fields, indexing, slices, tuples/arrays and closures. Control flow is in ./control.ts, macros in ./macros.ts.
import { sliceRangeError, strSliceError } from '../format/panic-message.ts';
import type * as A from '../syntax/ast.ts';
import { type Value, type Place, UNIT, bool, int, str } from '../memory/value.ts';
import { type Interp, SlotState, needsDrop } from './interp.ts';
import { R } from './resolve.ts';
import { evalPlace, evalPlaceOrTemp, evalOperand, derefAll, autoDeref } from './place.ts';
import { moveOut } from './pattern.ts';
import { arith, neg, not, valueEq, valueCmp, castTo, strText, toIndex, seqItems, unsizeCast } from './ops.ts';
import { dropValue } from './drop.ts';
import { isCopy, copyOf } from './copy.ts';
import { coerce, astTy } from './types.ts';
import type { Ty } from '../memory/ty.ts';
import { evalPathValue, evalCall, structLiteral } from './calls.ts';
import { pushStr } from './buffers.ts';
import { isIntTy, RANGES } from '../memory/int.ts';
import { UnsupportedSignal, unsignedNegMessage } from './signals.ts';
import { truthy, evBlockExpr, evIf, evWhile, evLoop, evFor, evBreak, evContinue, evReturn, evMatch, evTry } from './control.ts';
import { evFormatMacro, evWriteMacro, evAssertMacro, evAssertCmpMacro, evVecMacro, evVecRepeatMacro, evMatchesMacro, evDbgMacro, evArrayRepeat } from './macros.ts';
import { cloneValue } from './clone.ts';
import { ownEnv } from './closure-env.ts';

export { cloneValue };

export function litValue(l: A.Literal): Value {
  switch (l.kind) {
    case 'Int': return l.suffix ? int(l.suffix, l.value) : int('i32', l.value, true);
    case 'Float': return l.suffix ? { k: 'float', ty: l.suffix, v: l.suffix === 'f32' ? Math.fround(l.value) : l.value } : { k: 'float', ty: 'f64', v: l.value, lit: true };
    case 'Bool': return bool(l.value);
    case 'Char': return { k: 'char', v: l.value };
    case 'Str': return str(l.value);
    case 'Byte': return int('u8', l.value);
    case 'ByteStr': return { k: 'ref', mut: false, p: { c: [{ k: 'array', f: l.value.map((b) => int('u8', b)) }], i: 0, root: { to: 'static' } } };
  }
}

export function evalExpr(ip: Interp, e: A.Expr, noMove = false): Value {
  switch (e.kind) {
    case 'Lit': {
      // Literal values are immutable: build each once.
      const m = e as A.LitExpr & { $v?: Value };
      return m.$v ?? (m.$v = litValue(e.lit));
    }
    case 'PathExpr': return evPathExpr(ip, e, noMove);
    case 'Binary': return binary(ip, e);
    case 'Call': return evalCall(ip, e);
    case 'MethodCall': return ip.std.callMethodExpr(ip, e);
    case 'If': return evIf(ip, e, noMove);
    case 'Field': case 'TupleIndex': return evFieldTupleIndex(ip, e, noMove);
    case 'Unary': return evUnary(ip, e, noMove);
    case 'Cast': return evCast(ip, e, noMove);
    case 'Borrow': return evBorrow(ip, e, noMove);
    case 'Index': return evIndex(ip, e, noMove);
    case 'BlockExpr': return e.label ? evBlockExpr(ip, e, noMove) : ip.execBlock(e.block);
    case 'Match': return evMatch(ip, e, noMove);
    case 'Assign': return evAssign(ip, e, noMove);
    case 'CompoundAssign': return evCompoundAssign(ip, e, noMove);
    case 'FormatMacro': return evFormatMacro(ip, e, noMove);
    case 'Return': return evReturn(ip, e, noMove);
    case 'Struct': return evStruct(ip, e, noMove);
    case 'Tuple': return evTuple(ip, e, noMove);
    case 'Loop': return evLoop(ip, e, noMove);
    case 'While': return evWhile(ip, e, noMove);
    case 'For': return evFor(ip, e, noMove);
    case 'Break': return evBreak(ip, e, noMove);
    case 'Continue': return evContinue(ip, e, noMove);
    case 'Range': return evRange(ip, e, noMove);
    case 'Closure': return evClosure(ip, e, noMove);
    case 'Try': return evTry(ip, e, noMove);
    case 'VecMacro': return evVecMacro(ip, e, noMove);
    case 'Array': return evArray(ip, e, noMove);
    case 'ArrayRepeat': return evArrayRepeat(ip, e, noMove);
    case 'WriteMacro': return evWriteMacro(ip, e, noMove);
    case 'AssertMacro': return evAssertMacro(ip, e, noMove);
    case 'AssertCmpMacro': return evAssertCmpMacro(ip, e, noMove);
    case 'VecRepeatMacro': return evVecRepeatMacro(ip, e, noMove);
    case 'MatchesMacro': return evMatchesMacro(ip, e, noMove);
    case 'DbgMacro': return evDbgMacro(ip, e, noMove);
    case 'Let': return evLet(ip, e, noMove);
    default: {
      // Every expression kind has a case: a new kind added to the AST without one fails to type-check here.
      const other: never = e;
      return ip.unsupported(`식 \`${(other as { kind: string }).kind}\``, (other as A.Expr).span);
    }
  }
}

function evPathExpr(ip: Interp, e: A.PathExpr, noMove: boolean): Value {
  const s = R(e).$slot;
  if (s !== undefined) {
    const f = ip.frame;
    const v = f.vals[s];
    if (noMove || v.k === 'int') return v;
    if (isCopy(ip, v)) return v.k === 'struct' || v.k === 'tuple' || v.k === 'array' || v.k === 'enum' ? copyOf(v) : v;
    if (v.k === 'ref') return v;
    // Already moved: a `move` closure owns the slot and its body moves the value on (see moveOut).
    if (f.state[s] === SlotState.Moved && needsDrop(v)) f.vals[s] = { k: 'moved' };
    f.state[s] = SlotState.Moved;
    return v;
  }
  return evalPathValue(ip, e.path);
}

function evAssign(ip: Interp, e: A.AssignExpr, _noMove: boolean): Value {
  return assignValue(ip, e, evalExpr(ip, e.value));
}

/** `target = v` once the value is evaluated. */
export function assignValue(ip: Interp, e: A.AssignExpr, v: Value): Value {
  if (e.target.kind === 'PathExpr' && e.target.path.text === '_') { if (needsDrop(v)) ip.temp(v); return UNIT; }
  if (e.target.kind === 'Tuple') {
    const holder: Place = { c: [v], i: 0, root: { to: 'temp' } };
    e.target.items.forEach((t, i) => assignTo(ip, t, (holder.c[0] as { f: Value[] }).f[i]));
    return UNIT;
  }
  assignTo(ip, e.target, v);
  return UNIT;
}

function evCompoundAssign(ip: Interp, e: A.CompoundAssignExpr, _noMove: boolean): Value {
  return compoundAssignValue(ip, e, evalExpr(ip, e.value));
}

/** `target op= rhs` once the right-hand side is evaluated. */
export function compoundAssignValue(ip: Interp, e: A.CompoundAssignExpr, rhs: Value): Value {
  const p = evalPlace(ip, e.target);
  if (!p) return ip.unsupported('복합 대입의 대상', e.target.span);
  let cur = p.c[p.i];
  if (cur.k === 'ref' && cur.mut) { p.c = cur.p.c; p.i = cur.p.i; cur = p.c[p.i]; }
  if (cur.k === 'struct' || cur.k === 'enum') {
    const name = OP_METHODS[e.op];
    const assign = ip.index.method(cur.name, `${name}_assign`);
    if (assign) { ip.callMethod(assign, [{ k: 'ref', mut: true, p }, rhs], e.span); return UNIT; }
    const plain = ip.index.method(cur.name, name);
    if (plain) { p.c[p.i] = ip.callMethod(plain, [cur, rhs], e.span); return UNIT; }
  }
  if (cur.k === 'string' && e.op === '+') {
    pushStr(ip, cur.id, strText(ip, derefAll(ip, rhs)) ?? '');
    return UNIT;
  }
  p.c[p.i] = arith(ip, e.op, cur, rhs, e.span.start);
  return UNIT;
}


function evUnary(ip: Interp, e: A.UnaryExpr, noMove: boolean): Value {
  if (e.op === '-') {
    if (e.operand.kind === 'Lit' && e.operand.lit.kind === 'Int') {
      const l = e.operand.lit;
      if (l.suffix && !RANGES[l.suffix].signed) throw new UnsupportedSignal(unsignedNegMessage(l.suffix), e.span);
      return l.suffix ? int(l.suffix, -l.value) : int('i32', -l.value, true);
    }
    return neg(ip, evalExpr(ip, e.operand), e.span.start);
  }
  if (e.op === '!') return not(ip, evalExpr(ip, e.operand), e.span.start);
  const p = evalPlace(ip, e);
  if (!p) return ip.unsupported('역참조', e.span);
  return readDeref(ip, p, noMove);
}

/** The value of `*p`: copied, moved out of a Box, or read in place. */
export function readDeref(ip: Interp, p: Place, noMove: boolean): Value {
  const v = p.c[p.i];
  if (noMove) return v;
  if (isCopy(ip, v)) return copyOf(v);
  if (p.root.to === 'heap') {
    const a = ip.heap.allocs.get(p.root.id);
    if (a && a.kind === 'Box') return moveOut(ip, p);
  }
  return v;
}

function evBorrow(ip: Interp, e: A.BorrowExpr, _noMove: boolean): Value {
  return borrow(ip, e);
}

function evCast(ip: Interp, e: A.CastExpr, _noMove: boolean): Value {
  // The target type is read once per node (casts sit in hot loops: `n as u64`).
  const node = e as A.CastExpr & { $ty?: Ty };
  const t = node.$ty ?? (node.$ty = astTy(e.ty));
  if (e.expr.kind === 'Lit' && e.expr.lit.kind === 'Int' && !e.expr.lit.suffix && isIntTy(t.n)) return castTo(ip, int('i128', e.expr.lit.value), t.n, e.span.start);
  // A local's value needs no inference (`n as u64`).
  if (e.expr.kind === 'PathExpr' && R(e.expr).$slot !== undefined) return castTo(ip, evPathExpr(ip, e.expr, false), t.n, e.span.start);
  // `as` ends type inference: the operand's literals keep their own default type (`(300 + 100) as u8`).
  const hint = ip.intHint;
  ip.intHint = undefined;
  let v: Value;
  try {
    v = evalExpr(ip, e.expr);
  } finally {
    ip.intHint = hint;
  }
  return unsizeCast(t, v) ?? castTo(ip, v, t.n, e.span.start);
}



function evFieldTupleIndex(ip: Interp, e: A.FieldExpr | A.TupleIndexExpr, noMove: boolean): Value {
  const p = evalPlace(ip, e)!;
  const v = p.c[p.i];
  if (noMove) return v;
  return moveOut(ip, p);
}

function evIndex(ip: Interp, e: A.IndexExpr, noMove: boolean): Value {
  if (e.index.kind === 'Range') return sliceOf(ip, e, false);
  const p = evalPlace(ip, e);
  if (!p) return ip.unsupported('이 인덱싱', e.span);
  const v = p.c[p.i];
  return noMove ? v : copyOf(v);
}

function evRange(ip: Interp, e: A.RangeExpr, _noMove: boolean): Value {
  return { k: 'range', lo: e.start ? evalExpr(ip, e.start) : null, hi: e.end ? evalExpr(ip, e.end) : null, incl: e.inclusive };
}

function evTuple(ip: Interp, e: A.TupleExpr, _noMove: boolean): Value {
  return e.items.length === 0 ? UNIT : { k: 'tuple', f: e.items.map((x) => evalExpr(ip, x)) };
}

function evArray(ip: Interp, e: A.ArrayExpr, _noMove: boolean): Value {
  return { k: 'array', f: unifyLiterals(e.items.map((x) => evalExpr(ip, x))) };
}

/** Elements of one array/vec share a type: untyped literals take the type of a typed sibling. */
export function unifyLiterals(items: Value[]): Value[] {
  const typed = items.find((x) => (x.k === 'int' || x.k === 'float') && !x.lit);
  if (!typed) return items;
  return items.map((x) => (x.k === 'int' && x.lit && typed.k === 'int' ? int(typed.ty, x.v) : x.k === 'float' && x.lit && typed.k === 'float' ? { k: 'float', ty: typed.ty, v: x.v } : x));
}

function evStruct(ip: Interp, e: A.StructExpr, _noMove: boolean): Value {
  return structLiteral(ip, e);
}

function evClosure(ip: Interp, e: A.ClosureExpr, _noMove: boolean): Value {
  if (!e.move) return { k: 'closure', id: 0, text: e.text, env: ip.frame, node: e };
  // A `move` closure owns what it captures (copies of Copy values): moved out of the creator, dropped with it.
  const { env, owned } = ownEnv(ip, ip.frame, e);
  return owned.length ? { k: 'closure', id: 0, text: e.text, env, node: e, owned } : { k: 'closure', id: 0, text: e.text, env, node: e };
}

function evLet(ip: Interp, e: A.LetExpr, _noMove: boolean): Value {
  return ip.unsupported('이 위치의 let 식', e.span);
}

function assignTo(ip: Interp, target: A.Expr, v: Value): void {
  if (target.kind === 'PathExpr' && R(target).$slot !== undefined) {
    const f = ip.frame, s = R(target).$slot!;
    const old = f.vals[s];
    const wasLive = f.state[s] === SlotState.Live;
    const t = f.layout.tys[s];
    f.vals[s] = t ? coerce(v, t, ip.heap) : adopt(old, v);
    f.state[s] = SlotState.Live;
    if (wasLive && needsDrop(old)) dropValue(ip, old, { name: f.layout.names[s], at: target.span.start, how: 'reassign' });
    return;
  }
  const p = evalPlace(ip, target);
  if (!p) return ip.unsupported('대입 대상', target.span);
  const old = p.c[p.i];
  p.c[p.i] = adopt(old, v);
  if (needsDrop(old) && old.k !== 'moved') dropValue(ip, old, null);
}

/** A literal assigned over a typed integer takes that integer's type. */
export function adopt(old: Value, v: Value): Value {
  if (v.k === 'int' && v.lit && old.k === 'int' && !old.lit) return int(old.ty, v.v);
  if (v.k === 'float' && v.lit && old.k === 'float') return { k: 'float', ty: old.ty, v: v.v };
  return v;
}

function compare(ip: Interp, e: A.BinaryExpr): Value {
  switch (e.op) {
    case '&&': return truthy(ip, evalExpr(ip, e.left), e.left) ? bool(truthy(ip, evalExpr(ip, e.right), e.right)) : bool(false);
    case '||': return truthy(ip, evalExpr(ip, e.left), e.left) ? bool(true) : bool(truthy(ip, evalExpr(ip, e.right), e.right));
  }
  const l = evalOperand(ip, e.left), r = evalOperand(ip, e.right);
  if (l.k === 'int' && r.k === 'int') {
    // What valueEq / valueCmp answer for two integers, without their dereferencing.
    switch (e.op) {
      case '==': return bool(l.v == r.v);
      case '!=': return bool(l.v != r.v);
      case '<': return bool(l.v < r.v);
      case '<=': return bool(l.v <= r.v);
      case '>': return bool(l.v > r.v);
      case '>=': return bool(l.v >= r.v);
    }
  }
  return compareOp(ip, e, l, r);
}

/** A comparison once both operands are read (not moved). */
export function compareOp(ip: Interp, e: A.BinaryExpr, l: Value, r: Value): Value {
  switch (e.op) {
    case '==': return bool(valueEq(ip, l, r));
    case '!=': return bool(!valueEq(ip, l, r));
    case '<': return bool(valueCmp(ip, l, r) < 0);
    case '<=': return bool(valueCmp(ip, l, r) <= 0);
    case '>': return bool(valueCmp(ip, l, r) > 0);
    case '>=': return bool(valueCmp(ip, l, r) >= 0);
  }
  return ip.unsupported(`연산자 \`${e.op}\``, e.span);
}

export function binary(ip: Interp, e: A.BinaryExpr): Value {
  // Kept small (comparisons and `&&`/`||` are their own function): this frame sits on the JS stack in `n * f(n - 1)`.
  switch (e.op) {
    case '&&': case '||': case '==': case '!=': case '<': case '<=': case '>': case '>=': return compare(ip, e);
  }
  // A call operand is dispatched here directly: one JS frame fewer per recursive Rust call like `n * f(n - 1)`.
  // A local operand (`n - 1`) is read here, as evalExpr's PathExpr case does.
  const a = e.left;
  const l = a.kind === 'PathExpr' ? evPathExpr(ip, a, false) : evalExpr(ip, a);
  const b = e.right;
  const r = b.kind === 'Lit' ? ((b as A.LitExpr & { $v?: Value }).$v ?? evalExpr(ip, b)) : evalExpr(ip, b);
  // An integer left operand has no operator impl to look up: straight to the arithmetic (binaryOp's last case).
  return l.k === 'int' ? arith(ip, e.op, l, r, e.span.start) : binaryOp(ip, e, l, r);
}

/** An arithmetic/bitwise operator (or an overloaded one) once both operands are evaluated. */
export function binaryOp(ip: Interp, e: A.BinaryExpr, l: Value, r: Value): Value {
  if (l.k === 'struct' || l.k === 'enum') {
    // Operator overloading: `impl Add for Point` → `Point::add(l, r)`.
    const def = ip.index.method(l.name, OP_METHODS[e.op] ?? '');
    if (def) return ip.callMethod(def, [l, r], e.span);
  }
  if (l.k === 'string' && e.op === '+') {
    pushStr(ip, l.id, strText(ip, derefAll(ip, r)) ?? '');
    return l;
  }
  return arith(ip, e.op, l, r, e.span.start);
}

export const OP_METHODS: Record<string, string> = { '+': 'add', '-': 'sub', '*': 'mul', '/': 'div', '%': 'rem', '&': 'bitand', '|': 'bitor', '^': 'bitxor', '<<': 'shl', '>>': 'shr' };

export function borrow(ip: Interp, e: A.BorrowExpr): Value {
  const o = e.operand;
  if (o.kind === 'Index' && o.index.kind === 'Range') return sliceOf(ip, o, e.mut);
  return borrowOf(e, evalPlaceOrTemp(ip, o));
}

/** `&place` / `&mut place` once the place is known (`&"lit"` stays a &str). */
export function borrowOf(e: A.BorrowExpr, p: Place): Value {
  const v = p.c[p.i];
  if (v.k === 'str' && !e.mut) return v;
  return { k: 'ref', mut: e.mut, p };
}

/** `v[a..b]` / `&s[a..b]`: a slice of a Vec/array or a &str of a String. */
export function sliceOf(ip: Interp, e: A.IndexExpr, mut: boolean): Value {
  const r = evalExpr(ip, e.index);
  // Range indexing always goes through `Index::index` (#[track_caller]): rustc points at the `[`.
  const at = { line: e.index.span.start.line, col: e.index.span.start.col - 1 };
  const found = autoDeref(ip, evalPlaceOrTemp(ip, e.object), (v, p): Value | null => {
    const text = strText(ip, v);
    if (text !== null) {
      const bytes = new TextEncoder().encode(text);
      const [lo, hi] = strBounds(ip, r, text, bytes, e, at);
      return str(new TextDecoder().decode(bytes.slice(lo, hi)), v.k === 'string' ? { to: 'heap', id: v.id } : p.root);
    }
    const items = seqItems(ip, v);
    if (!items) return null;
    const base = v.k === 'vec' ? ip.heap.get(v.id).vals : v.k === 'array' ? v.f : (v as { c: Value[] }).c;
    const off = v.k === 'slice' ? v.from : 0;
    const [lo, hi] = bounds(ip, r, items.length, e, at);
    return { k: 'slice', c: base, from: off + lo, to: off + hi, root: v.k === 'vec' ? { to: 'heap', id: v.id } : p.root, mut };
  });
  return found ?? ip.unsupported('범위 인덱싱', e.span);
}

function rangeEnds(ip: Interp, r: Value, len: number, e: A.IndexExpr): [number, number, boolean] {
  if (r.k !== 'range') return ip.unsupported('범위 인덱스', e.index.span);
  const lo = r.lo ? toIndex(r.lo as never) : 0;
  const hi = r.hi ? toIndex(r.hi as never) : len;
  return [lo, hi, r.incl && !!r.hi];
}

/** Slice bounds as `<[T]>::index` checks them, with std's panic texts. */
function bounds(ip: Interp, r: Value, len: number, e: A.IndexExpr, at: A.Pos): [number, number] {
  const [lo, hi, incl] = rangeEnds(ip, r, len, e);
  const bad = sliceRangeError(len, lo, hi, incl);
  if (bad) ip.panic(bad, at);
  return [lo, incl ? hi + 1 : hi];
}

/** `&s[a..b]` on str: out of bounds, begin > end, then char boundaries — std's order and wording. */
function strBounds(ip: Interp, r: Value, text: string, bytes: Uint8Array, e: A.IndexExpr, at: A.Pos): [number, number] {
  const [lo, hi0, incl] = rangeEnds(ip, r, bytes.length, e);
  const hi = incl ? hi0 + 1 : hi0;
  const bad = strSliceError(text, lo, hi);
  if (bad) ip.panic(bad, at);
  return [lo, hi];
}
