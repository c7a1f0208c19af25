// `fmt::Formatter` methods inside a user `Display`/`Debug` impl: writes (`write_str`, `pad`, `write_char`)
// and the caller's spec (`width`, `precision`, `fill`, `alternate`, `sign_plus`, …) as Rust reports them.
import type { Value, FormatterV } from '../memory/value.ts';
import { UNIT, bool, some, none, usize, ok } from '../memory/value.ts';
import type { Interp } from '../semantics/interp.ts';
import { derefAll } from '../semantics/place.ts';
import { strText } from '../semantics/ops.ts';
import { pad } from '../format/pad.ts';
import { defaultSpec, type ConcreteSpec } from '../format/fmt-value.ts';

type FormatterMethod = (ip: Interp, f: FormatterV, spec: ConcreteSpec, args: Value[]) => Value;

const text = (ip: Interp, v: Value): string => { const a = derefAll(ip, v); return a.k === 'char' ? a.v : strText(ip, a) ?? ''; };
const written = (f: FormatterV, s: string): Value => { f.out.push(s); return ok(UNIT); };
const count = (n: number | null): Value => (n === null ? none() : some(usize(n)));

/** One entry per method (the coverage list reads the keys). */
export const FORMATTER_METHODS: Record<string, FormatterMethod> = {
  write_str: (ip, f, _s, [a]) => written(f, text(ip, a)),
  write_char: (ip, f, _s, [a]) => written(f, text(ip, a)),
  pad: (ip, f, spec, [a]) => written(f, pad(text(ip, a), spec)),
  width: (_ip, _f, spec) => count(spec.width),
  precision: (_ip, _f, spec) => count(spec.precision),
  fill: (_ip, _f, spec) => ({ k: 'char', v: spec.fill }),
  alternate: (_ip, _f, spec) => bool(spec.alternate),
  sign_plus: (_ip, _f, spec) => bool(spec.sign === '+'),
  sign_minus: (_ip, _f, spec) => bool(spec.sign === '-'),
  align: (_ip, _f, spec) => (spec.align === null ? none() : some({ k: 'enum', name: 'Alignment', variant: spec.align[0].toUpperCase() + spec.align.slice(1), f: [] })),
  sign_aware_zero_pad: (_ip, _f, spec) => bool(spec.zero),
};

export function formatterMethod(ip: Interp, f: FormatterV, name: string, args: Value[]): Value | null {
  const m = Object.hasOwn(FORMATTER_METHODS, name) ? FORMATTER_METHODS[name] : undefined;
  return m ? m(ip, f, f.spec ?? defaultSpec(), args) : null;
}
