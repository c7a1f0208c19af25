// Padding as `core::fmt::Formatter` does it: `pad` for text, `padIntegral` for integers, `padParts` for floats.
// Width and precision count Unicode scalar values, not UTF-16 units.
import type { Align, ConcreteSpec } from './fmt-value.ts';

/** Number of Unicode scalar values in `s`. */
export function charCount(s: string): number {
  let n = 0;
  for (const _ of s) n += 1;
  return n;
}

/** Surround `s` with `count` fill chars according to `align` (or `dflt` when the spec has none). */
export function padding(s: string, count: number, fill: string, align: Align | null, dflt: Align): string {
  const a = align ?? dflt;
  const pre = a === 'left' ? 0 : a === 'right' ? count : Math.floor(count / 2);
  const post = count - pre;
  return fill.repeat(pre) + s + fill.repeat(post);
}

/** `Formatter::pad`: precision truncates (by chars), width pads, text aligns left by default. */
export function pad(s: string, spec: ConcreteSpec): string {
  if (spec.width === null && spec.precision === null) return s;
  let text = s;
  if (spec.precision !== null) {
    const chars = Array.from(s);
    if (chars.length > spec.precision) text = chars.slice(0, spec.precision).join('');
  }
  if (spec.width === null) return text;
  const n = charCount(text);
  if (n >= spec.width) return text;
  return padding(text, spec.width - n, spec.fill, spec.align, 'left');
}

/** `Formatter::pad_integral`: sign, then `#` prefix, then digits; `0` pads between prefix and digits. */
export function padIntegral(nonNegative: boolean, prefix: string, digits: string, spec: ConcreteSpec): string {
  const sign = !nonNegative ? '-' : spec.sign === '+' ? '+' : '';
  const pre = sign + (spec.alternate ? prefix : '');
  const len = charCount(pre) + digits.length;
  if (spec.width === null || len >= spec.width) return pre + digits;
  if (spec.zero) return pre + '0'.repeat(spec.width - len) + digits;
  return padding(pre + digits, spec.width - len, spec.fill, spec.align, 'right');
}

/** `Formatter::pad_formatted_parts`: a sign and a body (float or `{:e}` output); `0` pads after the sign. */
export function padParts(sign: string, body: string, spec: ConcreteSpec): string {
  if (spec.width === null) return sign + body;
  if (spec.zero) {
    const w = spec.width - sign.length;
    const n = charCount(body);
    return n >= w ? sign + body : sign + '0'.repeat(w - n) + body;
  }
  const n = sign.length + charCount(body);
  if (n >= spec.width) return sign + body;
  return padding(sign + body, spec.width - n, spec.fill, spec.align, 'right');
}
