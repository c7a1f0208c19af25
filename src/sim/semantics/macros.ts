// Macros the programs use: println!/print!/eprintln!/format!/panic!/unreachable!/todo!, write!, assert!,
// assert_eq!/assert_ne!, vec!, matches!, dbg! — output and panic texts exactly as std prints them.
import * as PM from '../format/panic-message.ts';
import type * as A from '../syntax/ast.ts';
import { type Value, UNIT, bool } from '../memory/value.ts';
import { type Interp, needsDrop } from './interp.ts';
import { evalPlaceOrTemp, evalOperand, evalPlace, derefAll } from './place.ts';
import { bindPattern, testPattern } from './pattern.ts';
import { valueEq, toIndex } from './ops.ts';
import { dropValue } from './drop.ts';
import { copyOf } from './copy.ts';
import { newVec, newString, pushStr } from './buffers.ts';
import { formatMacroText, formatMacroString, debugText } from './fmt-bridge.ts';
import { evalExpr, unifyLiterals } from './expr.ts';
import { cloneValue } from './clone.ts';
import { truthy } from './control.ts';

export function evFormatMacro(ip: Interp, e: A.FormatMacro, _noMove: boolean): Value {
  return formatMacro(ip, e);
}

/** A format macro whose arguments the machine has evaluated (`pre`, in order). */
export function formatMacroWith(ip: Interp, e: A.FormatMacro, pre: Value[]): Value {
  return formatMacro(ip, e, pre);
}

export function evWriteMacro(ip: Interp, e: A.WriteMacro, _noMove: boolean): Value {
  const raw = evalOperand(ip, e.dest);
  const dest = derefAll(ip, raw);
  let text = e.format ? formatMacroText(ip, e.format) : '';
  if (e.macro === 'writeln') text += '\n';
  if (dest.k === 'formatter') dest.out.push(text);
  else if (dest.k === 'string') pushStr(ip, dest.id, text);
  else if (ip.std.worldWrite(ip, dest, text)) { /* stdout/stderr handle */ }
  else {
    // A user `impl fmt::Write`: its write_str gets the text (and its Result is the macro's).
    const at = raw.k === 'ref' ? raw.p : evalPlace(ip, e.dest);
    const r = at ? ip.std.userWriteStr(ip, at, text, e.span) : null;
    return r ?? ip.unsupported('write! 대상', e.dest.span);
  }
  return { k: 'enum', name: 'Result', variant: 'Ok', f: [UNIT] };
}

export function evAssertMacro(ip: Interp, e: A.AssertMacro, _noMove: boolean): Value {
  const c = ip.withTemps(() => truthy(ip, evalExpr(ip, e.cond), e.cond));
  if (!c) ip.panic(e.message ? formatMacroText(ip, e.message) : PM.assertFailed(ip.sourceText(e.cond.span)), e.span.start);
  return UNIT;
}

export function evAssertCmpMacro(ip: Interp, e: A.AssertCmpMacro, _noMove: boolean): Value {
  return assertCmpWith(ip, e, evalOperand(ip, e.left), evalOperand(ip, e.right));
}

/** `assert_eq!` / `assert_ne!` once both operands are read. */
export function assertCmpWith(ip: Interp, e: A.AssertCmpMacro, l: Value, r: Value): Value {
  const eq = valueEq(ip, l, r);
  const isEq = e.macro.endsWith('eq');
  if (eq !== isEq) {
    const op = isEq ? '==' : '!=';
    ip.panic(PM.assertEqFailed(op, debugText(ip, l), debugText(ip, r), e.message ? formatMacroText(ip, e.message) : undefined), e.span.start);
  }
  return UNIT;
}

export function evVecMacro(ip: Interp, e: A.VecMacro, _noMove: boolean): Value {
  const items = unifyLiterals(e.items.map((x) => evalExpr(ip, x)));
  return newVec(ip, items, items.length, undefined);
}

export function evVecRepeatMacro(ip: Interp, e: A.VecRepeatMacro, _noMove: boolean): Value {
  const v = evalExpr(ip, e.value);
  // The count is a `usize`: untyped literals in it (`1 << 34`) take that type, as rustc infers.
  const saved = ip.intHint;
  ip.intHint = 'usize';
  let count: Value;
  try {
    count = evalExpr(ip, e.count);
  } finally {
    ip.intHint = saved;
  }
  const n = toIndex(derefAll(ip, count) as never);
  if (n > MAX_ELEMS) return ip.unsupported(`요소 ${n.toLocaleString('en-US')}개짜리 벡터 (시뮬레이터 한도 ${MAX_ELEMS.toLocaleString('en-US')}개)`, e.span);
  const items: Value[] = [];
  for (let i = 0; i < n; i++) items.push(i === n - 1 ? v : cloneValue(ip, v));
  if (n === 0 && needsDrop(v)) dropValue(ip, v, null);
  return newVec(ip, items, n, n === 0 ? undefined : undefined);
}

export function evMatchesMacro(ip: Interp, e: A.MatchesMacro, _noMove: boolean): Value {
  const place = evalPlaceOrTemp(ip, e.expr);
  if (!e.guard) return bool(testPattern(ip, e.pat, place));
  if (!bindPattern(ip, e.pat, { c: [{ k: 'ref', mut: false, p: place }], i: 0, root: { to: 'temp' } }, false)) return bool(false);
  return bool(truthy(ip, evalExpr(ip, e.guard), e.guard));
}

export function evDbgMacro(ip: Interp, e: A.DbgMacro, _noMove: boolean): Value {
  let last: Value = UNIT;
  e.args.forEach((a, i) => {
    last = evalExpr(ip, a);
    ip.eprint(`[${ip.opts.fileName}:${e.span.start.line}:${e.span.start.col}] ${e.argTexts[i]} = ${debugText(ip, last, true)}\n`);
  });
  return last;
}

function formatMacro(ip: Interp, e: A.FormatMacro, pre?: Value[]): Value {
  if (e.macro === 'format') {
    // format! expands to a block whose `let` statement ends the arguments' temporaries before it returns.
    if (!e.format) return newString(ip, '', 0);
    const r = ip.withTemps(() => formatMacroString(ip, e.format!, pre));
    return newString(ip, r.text, r.cap);
  }
  const text = e.format ? formatMacroText(ip, e.format, pre) : '';
  switch (e.macro) {
    // `fmt::Arguments`: formatted now; it prints as that text (ignoring width) and `write_fmt` writes it.
    case 'format_args': return ip.std.fmtArguments(text);
    case 'println': ip.print(text + '\n'); return UNIT;
    case 'print': ip.print(text); return UNIT;
    case 'eprintln': ip.eprint(text + '\n'); return UNIT;
    case 'eprint': ip.eprint(text); return UNIT;
    case 'panic': return ip.panic(e.format ? text : PM.explicitPanic(), e.span.start);
    case 'unreachable': return ip.panic(PM.unreachable(e.format ? text : undefined), e.span.start);
    case 'todo': return ip.panic(PM.todo(e.format ? text : undefined), e.span.start);
    case 'unimplemented': return ip.panic(PM.unimplemented(e.format ? text : undefined), e.span.start);
  }
}

/** Largest `vec![x; n]` / `[x; n]` the simulator builds (each element is a JS object). */
const MAX_ELEMS = 1_000_000;

export function evArrayRepeat(ip: Interp, e: A.ArrayRepeatExpr, _noMove: boolean): Value {
  const v = evalExpr(ip, e.value);
  const n = toIndex(evalExpr(ip, e.count) as never);
  if (n > MAX_ELEMS) return ip.unsupported(`요소 ${n.toLocaleString('en-US')}개짜리 배열 (시뮬레이터 한도 ${MAX_ELEMS.toLocaleString('en-US')}개)`, e.span);
  return { k: 'array', f: Array.from({ length: n }, () => copyOf(v)) };
}
