// The contract between the evaluator and std::fmt: runtime values as a formattable tree, format specs, errors.
// Pure data types only; parse-format.ts, format-value.ts and format-args.ts implement the behaviour.

export type IntTy = 'i8' | 'i16' | 'i32' | 'i64' | 'i128' | 'isize' | 'u8' | 'u16' | 'u32' | 'u64' | 'u128' | 'usize';

export type FmtValue =
  | { t: 'int'; ty: IntTy; value: bigint }
  | { t: 'float'; ty: 'f32' | 'f64'; value: number }
  | { t: 'bool'; value: boolean }
  | { t: 'char'; value: string } // one Unicode scalar
  | { t: 'str'; value: string } // &str and String (Display raw, Debug quoted+escaped)
  | { t: 'unit' } // ()
  | { t: 'struct'; name: string; fields: Array<[string, FmtValue]> } // derive(Debug) named struct / struct variant
  | { t: 'tuple-struct'; name: string; items: FmtValue[] } // Some(..), Cons(..), Point(1, 2)
  | { t: 'unit-struct'; name: string } // None, Nil, Unit
  | { t: 'tuple'; items: FmtValue[] }
  | { t: 'list'; items: FmtValue[] } // Vec, array, slice: [1, 2]
  | { t: 'map'; entries: Array<[FmtValue, FmtValue]> } // HashMap/BTreeMap: {k: v} (added: debug_map)
  | { t: 'set'; items: FmtValue[] } // HashSet/BTreeSet: {a, b} (added: debug_set)
  | { t: 'ptr'; addr: bigint } // an address for `{:p}` (pass &T/Box/Rc as this there); Debug of raw pointers (added)
  | { t: 'raw'; debug: string; display?: string } // preformatted, e.g. '(Weak)', '<borrowed>'
  | { t: 'user'; name: string; trait: 'display' | 'debug'; render: (spec: ConcreteSpec) => string } // a user impl's `fmt`, run with the caller's spec (`f.pad`, `f.width()`)
  | { t: 'no-display'; typeName: string }; // a value without Display (error path)

/** Which formatting trait a placeholder asks for: `{}` Display, `{:?}` Debug, `{:x}` LowerHex, … */
export type FmtTrait =
  | 'display'
  | 'debug'
  | 'lower-hex'
  | 'upper-hex'
  | 'octal'
  | 'binary'
  | 'lower-exp'
  | 'upper-exp'
  | 'pointer'; // `{:p}` (added)

export type Align = 'left' | 'center' | 'right';

/** A count (width or precision) as written: a literal, `N$`, `name$`, or (precision only) `.*`. */
export type FmtCount = { lit: number } | { pos: number } | { name: string } | { star: true };

/** A count after argument resolution: a literal, or a reference to a positional argument (always usize). */
export type ResolvedCount = { lit: number } | { pos: number };

/** What a placeholder refers to as written. */
export type ArgRef = { pos: number } | { name: string } | { next: true };

/** The parsed `:spec` part of a placeholder. `W` is the count type (as written or resolved). */
export interface FmtSpecOf<W> {
  fill: string; // one Unicode scalar, default ' '
  align: Align | null; // null: the type's default (numbers right, text left)
  sign: '+' | '-' | null;
  alternate: boolean; // '#'
  zero: boolean; // '0'
  width: W | null;
  precision: W | null;
  trait: FmtTrait;
  debugHex: 'lower' | 'upper' | null; // `{:x?}` / `{:X?}`
}

export type FmtSpec = FmtSpecOf<FmtCount>;

/** A spec whose width/precision are concrete numbers: what formatWith consumes. */
export interface ConcreteSpec {
  fill: string;
  align: Align | null;
  sign: '+' | '-' | null;
  alternate: boolean;
  zero: boolean;
  width: number | null;
  precision: number | null;
  trait: FmtTrait;
  debugHex: 'lower' | 'upper' | null;
}

/** A piece of a parsed format string; `offset` is the JS string index (UTF-16 units) where the piece starts. */
export type FmtPiece =
  | { kind: 'lit'; text: string; offset: number }
  | { kind: 'arg'; arg: ArgRef; spec: FmtSpec; offset: number };

/** A placeholder after resolveArgs: the value is positional argument `pos` (named args come after positionals). */
export type ResolvedPiece =
  | { kind: 'lit'; text: string }
  | { kind: 'arg'; pos: number; spec: FmtSpecOf<ResolvedCount> };

/** Formatting failed: the value does not implement the requested trait (a compile error in Rust). */
export interface FmtError {
  error: 'trait-not-implemented';
  trait: FmtTrait;
  typeName: string;
  /** Korean message for the user. */
  message: string;
}

export function defaultSpec(trait: FmtTrait = 'display'): ConcreteSpec {
  return { fill: ' ', align: null, sign: null, alternate: false, zero: false, width: null, precision: null, trait, debugHex: null };
}
