// Names cut from the source (lowering, literal suffixes) as the simulator's own constants when they are ones it compares
// often (primitive types, operators, common std names): V8 compares a sliced string with a constant character by character.

const KNOWN: ReadonlyArray<string> = [
  'i8', 'i16', 'i32', 'i64', 'i128', 'isize', 'u8', 'u16', 'u32', 'u64', 'u128', 'usize', 'f32', 'f64', 'bool', 'char', 'str',
  'String', 'Vec', 'Box', 'Rc', 'Arc', 'Option', 'Result', 'Some', 'None', 'Ok', 'Err', 'Self', 'self',
  '==', '!=', '<=', '>=', '&&', '||', '<<', '>>', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '<<=', '>>=',
];

const TABLE = new Map<string, string>(KNOWN.map((s) => [s, s]));

/** `s`, or the same text as the shared constant when it is one of the known names (equal strings, faster compares). */
export function knownName(s: string): string {
  return TABLE.get(s) ?? s;
}
