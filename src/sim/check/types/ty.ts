// The checker's type representation: primitives, references, tuples, arrays, named (std or user) types with
// arguments, fn and closure types, generic parameters (opaque), inference variables and `Unknown` ("can't tell").
import type { IntSuffix, FloatSuffix } from '../../syntax/ast.ts';

export type Ty =
  | { k: 'int'; kind: IntSuffix }
  | { k: 'float'; kind: FloatSuffix }
  | { k: 'bool' }
  | { k: 'char' }
  | { k: 'str' }
  | { k: 'never' }
  | { k: 'ref'; mut: boolean; inner: Ty }
  | { k: 'tuple'; items: Ty[] }
  | { k: 'array'; elem: Ty; len: number | null }
  | { k: 'slice'; elem: Ty }
  /** A named type: std (`String`, `Vec`, `Box`, `Rc`, `Option`, …) or the program's own struct/enum. */
  | { k: 'adt'; name: string; args: Ty[] }
  | { k: 'fn'; params: Ty[]; ret: Ty }
  /** A closure; `id` is unique per closure expression. */
  | { k: 'closure'; id: number; params: Ty[]; ret: Ty; move: boolean }
  /** A generic parameter in scope, treated opaquely; `bounds` as written. */
  | { k: 'param'; name: string; bounds: string[] }
  /** `dyn Trait` / `impl Trait`, kept as text. */
  | { k: 'opaque'; text: string; syntax: 'dyn' | 'impl' }
  /** Inference variable; `lit` restricts it to integer or float types (an unsuffixed literal). */
  | { k: 'var'; id: number; lit?: 'int' | 'float' }
  | { k: 'unknown' };

export const UNKNOWN: Ty = { k: 'unknown' };
export const UNIT: Ty = { k: 'tuple', items: [] };
export const BOOL: Ty = { k: 'bool' };
export const CHAR: Ty = { k: 'char' };
export const STR: Ty = { k: 'str' };
export const NEVER: Ty = { k: 'never' };
export const STRING: Ty = { k: 'adt', name: 'String', args: [] };
export const USIZE: Ty = { k: 'int', kind: 'usize' };
export const I32: Ty = { k: 'int', kind: 'i32' };
export const F64: Ty = { k: 'float', kind: 'f64' };

export const adt = (name: string, ...args: Ty[]): Ty => ({ k: 'adt', name, args });
export const ref = (inner: Ty, mut = false): Ty => ({ k: 'ref', mut, inner });

export const INT_KINDS: readonly IntSuffix[] = ['i8', 'i16', 'i32', 'i64', 'i128', 'isize', 'u8', 'u16', 'u32', 'u64', 'u128', 'usize'];

/** Std types rustc names by full path in messages (their short names are not unique in std; checked with rustc 1.95). */
const FULL_PATH: Record<string, string> = {
  Mutex: 'std::sync::Mutex',
  Sender: 'std::sync::mpsc::Sender',
  Receiver: 'std::sync::mpsc::Receiver',
};

/** rustc's rendering of a fully resolved type in messages (`String`, `Vec<i32>`, `&mut String`, `(i32, &str)`). */
export function showTy(t: Ty): string {
  switch (t.k) {
    case 'int': return t.kind;
    case 'float': return t.kind;
    case 'bool': return 'bool';
    case 'char': return 'char';
    case 'str': return 'str';
    case 'never': return '!';
    case 'ref': return `&${t.mut ? 'mut ' : ''}${showTy(t.inner)}`;
    case 'tuple': return t.items.length === 1 ? `(${showTy(t.items[0])},)` : `(${t.items.map(showTy).join(', ')})`;
    case 'array': return `[${showTy(t.elem)}; ${t.len ?? '_'}]`;
    case 'slice': return `[${showTy(t.elem)}]`;
    case 'adt': {
      const name = FULL_PATH[t.name] ?? t.name;
      return t.args.length ? `${name}<${t.args.map(showTy).join(', ')}>` : name;
    }
    case 'fn': return `fn(${t.params.map(showTy).join(', ')})${t.ret.k === 'tuple' && t.ret.items.length === 0 ? '' : ' -> ' + showTy(t.ret)}`;
    case 'closure': return `{closure}`;
    case 'param': return t.name;
    case 'opaque': return t.text;
    case 'var': return t.lit === 'int' ? '{integer}' : t.lit === 'float' ? '{float}' : '_';
    case 'unknown': return '_';
  }
}

/** True when the type mentions no inference variable, `Unknown` or closure (safe to name in a message). */
export function isKnown(t: Ty): boolean {
  switch (t.k) {
    case 'var': case 'unknown': return false;
    case 'ref': return isKnown(t.inner);
    case 'tuple': return t.items.every(isKnown);
    case 'array': case 'slice': return isKnown(t.elem);
    case 'adt': return t.args.every(isKnown);
    case 'fn': return t.params.every(isKnown) && isKnown(t.ret);
    case 'closure': return true;
    case 'int': case 'float': case 'bool': case 'char': case 'str': case 'never': case 'param': case 'opaque':
      return true;
  }
}

/** Known, or an unsuffixed literal's `{integer}` / `{float}` (rustc names those in messages too). */
export function knownOrLiteral(t: Ty): boolean {
  switch (t.k) {
    case 'var': return t.lit !== undefined;
    case 'unknown': return false;
    case 'ref': return knownOrLiteral(t.inner);
    case 'tuple': return t.items.every(knownOrLiteral);
    case 'array': case 'slice': return knownOrLiteral(t.elem);
    case 'adt': return t.args.every(knownOrLiteral);
    case 'fn': return t.params.every(knownOrLiteral) && knownOrLiteral(t.ret);
    case 'int': case 'float': case 'bool': case 'char': case 'str': case 'never': case 'closure': case 'param': case 'opaque':
      return true;
  }
}
