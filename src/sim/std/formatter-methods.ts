// `fmt::Formatter` methods inside a user `Display`/`Debug` impl: writes (`write_str`, `pad`, `pad_integral`, `write_fmt`)
// and the caller's spec (`width`, `precision`, `fill`, `alternate`, `sign_plus`, …) as Rust reports them.
import type { Value, FormatterV } from '../memory/value.ts';
import { UNIT, bool, some, none, usize, ok } from '../memory/value.ts';
import type { Interp } from '../semantics/interp.ts';
import { methods, lookup, type MethodCall } from './method-table.ts';
import { derefAll } from '../semantics/place.ts';
import { strText } from '../semantics/ops.ts';
import { pad, padIntegral } from '../format/pad.ts';
import { debugText } from '../semantics/fmt-bridge.ts';
import { toIter } from './iter.ts';
import { defaultSpec, type ConcreteSpec } from '../format/fmt-value.ts';
import { NATIVE_DEBUG, opaque } from '../semantics/native.ts';

/** A `fmt::Arguments` (what `format_args!` builds), already formatted: `{}` / `{:?}` print its text unpadded. */
export function fmtArguments(text: string): Value {
  return opaque('Arguments', { k: 'str', s: text, root: { to: 'static' } });
}
NATIVE_DEBUG['Arguments'] = (_ip, v) => (v.f[0]?.k === 'str' ? v.f[0].s : '');

/** The text `write_fmt` writes: a `fmt::Arguments`' (or, leniently, a str's). */
export function argumentsText(ip: Interp, v: Value): string {
  const a = derefAll(ip, v);
  if (a.k === 'struct' && a.name === 'Arguments' && a.f[0]?.k === 'str') return a.f[0].s;
  return text(ip, a);
}


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
  write_fmt: ({ ip, v, args: [a] }) => written(v, argumentsText(ip, a)),
  // `pad_integral(is_nonnegative, prefix, digits)`: sign, `#` prefix and zero / fill padding as for integers.
  pad_integral: ({ ip, v, args: [nonNeg, prefix, digits] }) => {
    const nn = derefAll(ip, nonNeg);
    return written(v, padIntegral(nn.k === 'bool' && nn.v, text(ip, prefix), text(ip, digits), spec(v)));
  },
});

/** The Debug text of a builder part, pretty (`{:#?}`) when the formatter is alternate. */
const dbg = (c: MethodCall<FormatterV>, v: Value) => debugText(c.ip, v, spec(c.v).alternate);
const indent = (s: string) => s.split('\n').map((l) => '    ' + l).join('\n');

function builder(c: MethodCall<FormatterV>, kind: NonNullable<FormatterV['builder']>['kind'], name: string): Value {
  return { k: 'formatter', out: c.v.out, spec: spec(c.v), builder: { kind, name, parts: [] } };
}

function finish(c: MethodCall<FormatterV>, rest = false): Value {
  const b = c.v.builder!;
  const pretty = spec(c.v).alternate;
  const [open, close] = b.kind === 'struct' ? [' { ', ' }'] : b.kind === 'tuple' ? ['(', ')'] : b.kind === 'list' ? ['[', ']'] : ['{', '}'];
  const parts = rest ? [...b.parts, '..'] : b.parts;
  let text: string;
  if (!parts.length) text = b.kind === 'struct' ? b.name : b.kind === 'tuple' ? b.name : open.trim() + close.trim();
  else if (pretty) text = `${b.name}${open.trimEnd()}\n${parts.map((p) => indent(p) + (p === '..' ? '' : ',')).join('\n')}\n${close.trim()}`;
  else text = `${b.name}${open}${parts.join(', ')}${close}`;
  c.v.out.push(text);
  return ok(UNIT);
}

const BUILDERS = methods<FormatterV>('Formatter', {
  debug_struct: (c) => builder(c, 'struct', text(c.ip, c.args[0])),
  debug_tuple: (c) => builder(c, 'tuple', text(c.ip, c.args[0])),
  debug_list: (c) => builder(c, 'list', ''),
  debug_set: (c) => builder(c, 'set', ''),
  debug_map: (c) => builder(c, 'map', ''),
});

/** Methods of the builders (DebugStruct::field, DebugList::entry, …), which share the Formatter value. */
const BUILDER_METHODS: Record<string, (c: MethodCall<FormatterV>) => Value> = methods<FormatterV>('DebugBuilders' as 'Formatter', {
  field: (c) => { const b = c.v.builder!; b.parts.push(b.kind === 'struct' ? `${text(c.ip, c.args[0])}: ${dbg(c, c.args[1])}` : dbg(c, c.args[0])); return c.v; },
  entry: (c) => { const b = c.v.builder!; b.parts.push(b.kind === 'map' ? `${dbg(c, c.args[0])}: ${dbg(c, c.args[1])}` : dbg(c, c.args[0])); return c.v; },
  key: (c) => { c.v.builder!.key = dbg(c, c.args[0]); return c.v; },
  value: (c) => { const b = c.v.builder!; b.parts.push(`${b.key ?? ''}: ${dbg(c, c.args[0])}`); b.key = undefined; return c.v; },
  entries: (c) => {
    const b = c.v.builder!;
    const it = toIter(c.ip, c.args[0], c.span);
    for (let x = it.next(); x !== null; x = it.next()) {
      const d = derefAll(c.ip, x);
      b.parts.push(b.kind === 'map' && d.k === 'tuple' ? `${dbg(c, d.f[0])}: ${dbg(c, d.f[1])}` : dbg(c, x));
    }
    return c.v;
  },
  finish: (c) => finish(c),
  finish_non_exhaustive: (c) => finish(c, true),
}) as Record<string, (c: MethodCall<FormatterV>) => Value>;

export function formatterMethod(c: MethodCall<FormatterV>, name: string): Value | null {
  if (c.v.builder) return Object.hasOwn(BUILDER_METHODS, name) ? BUILDER_METHODS[name](c) : null;
  return lookup(FORMATTER, name)?.(c) ?? lookup(BUILDERS, name)?.(c) ?? null;
}
