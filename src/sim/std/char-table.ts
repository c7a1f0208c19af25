// More `char` methods as a table (one entry per method): the remaining ASCII classes, is_control, len_utf16.
import { type Value, type CharV, bool, usize } from '../memory/value.ts';
import { methods, lookup, type MethodCall } from './method-table.ts';

const ascii = (re: RegExp) => ({ v }: MethodCall<CharV>) => bool(re.test(v.v));

const CHAR = methods<CharV>('char', {
  is_ascii_control: ascii(/^[\x00-\x1F\x7F]$/),
  is_ascii_graphic: ascii(/^[!-~]$/),
  is_ascii_hexdigit: ascii(/^[0-9A-Fa-f]$/),
  is_ascii_whitespace: ascii(/^[ \t\n\x0C\r]$/),
  is_control: ascii(/^\p{Cc}$/u),
  len_utf16: ({ v }) => usize(v.v.length),
});

export function charTableMethod(c: MethodCall<CharV>, name: string): Value | null {
  return lookup(CHAR, name)?.(c) ?? null;
}
