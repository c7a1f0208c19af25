// The names the simulator compares most (primitive types, operators, common std names) as the program's own string
// constants: a name sliced from the source is a new string, and V8 compares it with a constant character by character.
// Pure; used when names are cut out of the source (lowering, literal suffixes).

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
