// `fmt::Write`'s provided methods for a user type that implements `write_str`: the target of `write!` /
// `writeln!`, and `write_fmt` / `write_char` called on it, each handing the text to the user's `write_str`.
import type { Span } from '../syntax/span.ts';
import type { Place, Value } from '../memory/value.ts';
import type { Interp } from '../semantics/interp.ts';
import { derefAll } from '../semantics/place.ts';
import { argumentsText } from './formatter-methods.ts';

/** The place a `&mut` chain ends at (the value itself when it is no reference). */
function innermost(p: Place): Place {
  for (let i = 0; i < 16; i++) {
    const v = p.c[p.i];
    if (v.k !== 'ref') return p;
    p = v.p;
  }
  return p;
}

/** Call the user's `write_str(&mut self, text)` on the value at `p`; null when its type has none. The whole
 *  formatted text goes in one call (std may split it into pieces; an appending impl sees the same text). */
export function userWriteStr(ip: Interp, at: Place, text: string, span: Span): Value | null {
  const p = innermost(at);
  const v = p.c[p.i];
  if (v.k !== 'struct' && v.k !== 'enum') return null;
  const def = ip.index.method(v.name, 'write_str', 'Write') ?? ip.index.method(v.name, 'write_str');
  if (!def || !def.fn.receiver) return null;
  return ip.callFn(def.fn, def.qual, def.selfName, [{ k: 'ref', mut: true, p }, { k: 'str', s: text, root: { to: 'temp' } }], span);
}

/** `w.write_fmt(format_args!(…))` / `w.write_char(c)` on a user `fmt::Write` type that does not define them. */
export function userWriteMethod(ip: Interp, p: Place, name: string, args: Value[], span: Span): Value | null {
  if (name !== 'write_fmt' && name !== 'write_char') return null;
  const a = args[0] === undefined ? null : derefAll(ip, args[0]);
  if (!a) return null;
  const text = name === 'write_char' ? (a.k === 'char' ? a.v : null) : argumentsText(ip, a);
  return text === null ? null : userWriteStr(ip, p, text, span);
}
