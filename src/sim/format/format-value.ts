// formatWith: one value under one concrete spec, for every formatting trait (Display, Debug, hex, octal, binary, exp).
// Returns the exact text rustc 1.95's std would write, or an FmtError when the type lacks the trait.
import type { ConcreteSpec, FmtError, FmtTrait, FmtValue } from './fmt-value.ts';
import { debugChar, debugStr } from './escape-debug.ts';
import { debugMap, debugSeq, debugStruct, debugTuple } from './format-debug.ts';
import { floatDebug, floatDisplay, floatExp, intExp } from './format-float.ts';
import { intDecimal, intRadix } from './format-int.ts';
import { pad } from './pad.ts';

const TRAIT_NAMES: Record<FmtTrait, string> = {
  display: 'std::fmt::Display',
  debug: 'std::fmt::Debug',
  'lower-hex': 'std::fmt::LowerHex',
  'upper-hex': 'std::fmt::UpperHex',
  octal: 'std::fmt::Octal',
  binary: 'std::fmt::Binary',
  'lower-exp': 'std::fmt::LowerExp',
  'upper-exp': 'std::fmt::UpperExp',
  pointer: 'std::fmt::Pointer',
};

export function isFmtError(x: unknown): x is FmtError {
  return typeof x === 'object' && x !== null && (x as FmtError).error === 'trait-not-implemented';
}

/** A Rust-ish type name for error messages. */
export function typeNameOf(v: FmtValue): string {
  switch (v.t) {
    case 'int':
    case 'float':
      return v.ty;
    case 'bool':
      return 'bool';
    case 'char':
      return 'char';
    case 'str':
      return 'str';
    case 'unit':
      return '()';
    case 'struct':
    case 'tuple-struct':
    case 'unit-struct':
      return v.name;
    case 'tuple':
      return '(' + v.items.map(typeNameOf).join(', ') + (v.items.length === 1 ? ',)' : ')');
    case 'list':
      return v.items.length > 0 ? `Vec<${typeNameOf(v.items[0])}>` : 'Vec<_>';
    case 'map':
      return 'HashMap<_, _>';
    case 'set':
      return 'HashSet<_>';
    case 'raw':
      return '_';
    case 'user':
      return v.name;
    case 'no-display':
      return v.typeName;
    case 'ptr':
      return '*const _';
  }
}

function notImplemented(v: FmtValue, trait: FmtTrait): FmtError {
  const typeName = typeNameOf(v);
  return {
    error: 'trait-not-implemented',
    trait,
    typeName,
    message: `\`${typeName}\` 타입은 \`${TRAIT_NAMES[trait]}\` 트레이트를 구현하지 않아 이 형식으로 출력할 수 없습니다`,
  };
}

class Unformattable extends Error {
  constructor(readonly fmtError: FmtError) {
    super(fmtError.message);
  }
}

/** Format `value` as the placeholder `spec` asks. */
export function formatWith(value: FmtValue, spec: ConcreteSpec): string | FmtError {
  try {
    return format(value, spec);
  } catch (e) {
    if (e instanceof Unformattable) return e.fmtError;
    throw e;
  }
}

function format(v: FmtValue, spec: ConcreteSpec): string {
  switch (spec.trait) {
    case 'display':
      return display(v, spec);
    case 'debug':
      return debug(v, spec);
    case 'lower-hex':
    case 'upper-hex':
    case 'octal':
    case 'binary':
      if (v.t === 'int') return intRadix(v.value, v.ty, spec.trait, spec);
      throw new Unformattable(notImplemented(v, spec.trait));
    case 'lower-exp':
    case 'upper-exp': {
      const upper = spec.trait === 'upper-exp';
      if (v.t === 'int') return intExp(v.value, spec, upper);
      if (v.t === 'float') return floatExp(v.value, v.ty, spec, upper);
      throw new Unformattable(notImplemented(v, spec.trait));
    }
    case 'pointer':
      if (v.t === 'ptr') return pointer(v.addr, spec);
      throw new Unformattable(notImplemented(v, spec.trait));
  }
}

/** `core::fmt::pointer_fmt_inner`: lower hex with `0x`; `#` zero-pads to 18 chars (a 64-bit address). */
function pointer(addr: bigint, spec: ConcreteSpec): string {
  const width = spec.alternate && spec.width === null ? 18 : spec.width;
  return intRadix(addr, 'usize', 'lower-hex', { ...spec, alternate: true, zero: spec.zero || spec.alternate, width });
}

function display(v: FmtValue, spec: ConcreteSpec): string {
  switch (v.t) {
    case 'int':
      return intDecimal(v.value, spec);
    case 'float':
      return floatDisplay(v.value, v.ty, spec);
    case 'bool':
      return pad(String(v.value), spec);
    case 'char':
    case 'str':
      return pad(v.value, spec);
    case 'raw':
      if (v.display !== undefined) return v.display;
      throw new Unformattable(notImplemented(v, 'display'));
    case 'user':
      // The impl sees the caller's spec: `write!` ignores the width, `f.pad` applies it.
      if (v.trait === 'display') return v.render(spec);
      throw new Unformattable(notImplemented(v, 'display'));
    // No `Display` in std (or none modelled): unit, aggregates, collections, pointers.
    case 'unit': case 'struct': case 'tuple-struct': case 'unit-struct': case 'tuple': case 'list': case 'map': case 'set':
    case 'ptr': case 'no-display':
      throw new Unformattable(notImplemented(v, 'display'));
  }
}

function debug(v: FmtValue, spec: ConcreteSpec): string {
  const pretty = spec.alternate;
  const sub = (x: FmtValue): string => debug(x, spec);
  switch (v.t) {
    case 'int':
      if (spec.debugHex !== null) return intRadix(v.value, v.ty, spec.debugHex === 'lower' ? 'lower-hex' : 'upper-hex', spec);
      return intDecimal(v.value, spec);
    case 'float':
      return floatDebug(v.value, v.ty, spec);
    case 'bool':
      return pad(String(v.value), spec);
    case 'char':
      return debugChar(v.value);
    case 'str':
      return debugStr(v.value);
    case 'unit':
      return pad('()', spec);
    case 'struct':
      return debugStruct(v.name, v.fields.map(([k, x]) => [k, sub(x)]), pretty);
    case 'tuple-struct':
      return debugTuple(v.name, v.items.map(sub), pretty);
    case 'unit-struct':
      return v.name;
    case 'tuple':
      return v.items.length === 0 ? pad('()', spec) : debugTuple('', v.items.map(sub), pretty);
    case 'list':
      return debugSeq('[', ']', v.items.map(sub), pretty);
    case 'set':
      return debugSeq('{', '}', v.items.map(sub), pretty);
    case 'map':
      return debugMap(v.entries.map(([k, x]) => [sub(k), sub(x)]), pretty);
    case 'raw':
      return v.debug;
    case 'user':
      if (v.trait === 'debug') return v.render(spec);
      throw new Unformattable(notImplemented(v, 'debug'));
    case 'ptr':
      return pointer(v.addr, spec);
    case 'no-display':
      throw new Unformattable(notImplemented(v, 'debug'));
  }
}
