// `fmt::Formatter` methods inside a user `Display`/`Debug` impl: writes (`write_str`, `pad`, `write_char`)
// and the caller's spec (`width`, `precision`, `fill`, `alternate`, `sign_plus`, …) as Rust reports them.
import type { Value, FormatterV } from '../memory/value.ts';
import { UNIT, bool, some, none, usize, ok } from '../memory/value.ts';
import type { Interp } from '../semantics/interp.ts';
import { methods, lookup, type MethodCall } from './method-table.ts';
import { derefAll } from '../semantics/place.ts';
import { strText } from '../semantics/ops.ts';
import { pad } from '../format/pad.ts';
import { defaultSpec, type ConcreteSpec } from '../format/fmt-value.ts';


const text = (ip: Interp, v: Value): string => { const a = derefAll(ip, v); return a.k === 'char' ? a.v : strText(ip, a) ?? ''; };
const written = (f: FormatterV, s: string): Value => { f.out.push(s); return ok(UNIT); };
const count = (n: number | null): Value => (n === null ? none() : some(usize(n)));

const spec = (f: FormatterV): ConcreteSpec => f.spec ?? defaultSpec();

const FORMATTER = methods<FormatterV>('Formatter', {
  write_str: ({ ip, v, args: [a] }) => written(v, text(ip, a)),
  write_char: ({ ip, v, args: [a] }) => written(v, text(ip, a)),
  pad: ({ ip, v, args: [a] }) => written(v, pad(text(ip, a), spec(v))),
  width: ({ v }) => count(spec(v).width),
  precision: ({ v }) => count(spec(v).precision),
  fill: ({ v }) => ({ k: 'char', v: spec(v).fill }),
  alternate: ({ v }) => bool(spec(v).alternate),
  sign_plus: ({ v }) => bool(spec(v).sign === '+'),
  sign_minus: ({ v }) => bool(spec(v).sign === '-'),
  align: ({ v }) => { const a = spec(v).align; return a === null ? none() : some({ k: 'enum', name: 'Alignment', variant: a[0].toUpperCase() + a.slice(1), f: [] }); },
  sign_aware_zero_pad: ({ v }) => bool(spec(v).zero),
});

export function formatterMethod(c: MethodCall<FormatterV>, name: string): Value | null {
  return lookup(FORMATTER, name)?.(c) ?? null;
}
