// Parses the part of an include directive after the path (`:5`, `:3:9`, `:3:`, `::9`, `:anchor`)
// into a LineSelection, rejecting the forms mdBook would silently misread.

/**
 * Which lines of a file a directive takes. Line numbers are 1-based and inclusive.
 * - `path` / `path:` / `path::`   → all
 * - `path:N`                      → line N
 * - `path:N:`                     → from N to the end
 * - `path::M`                     → from 1 to M
 * - `path:N:M`                    → N to M
 * - `path:name`                   → the lines between `ANCHOR: name` and `ANCHOR_END: name`
 */
export type LineSelection =
  | { kind: 'all' }
  | { kind: 'line'; line: number }
  | { kind: 'from'; from: number }
  | { kind: 'to'; to: number }
  | { kind: 'between'; from: number; to: number }
  | { kind: 'anchor'; name: string };

export type Parsed<T> = { ok: true; value: T; warning?: string } | { ok: false; message: string };

const NUMBER = /^\+?\d+$/;

function lineNumber(text: string): Parsed<number> {
  const n = Number(text.replace(/^\+/, ''));
  if (n === 0) return { ok: false, message: '줄 번호는 1부터 셉니다 (0은 쓸 수 없습니다)' };
  return { ok: true, value: n };
}

/** `spec` is what follows the first `:` after the path, or undefined when there is none. */
export function parseLineSelection(spec: string | undefined): Parsed<LineSelection> {
  if (spec === undefined) return { ok: true, value: { kind: 'all' } };
  const [first, second, ...rest] = spec.split(':');
  if (rest.length > 0) return { ok: false, message: `범위 표기가 잘못되었습니다 (':${spec}')` };
  const bad = (): Parsed<LineSelection> => ({
    ok: false,
    message: `범위 표기가 잘못되었습니다 (':${spec}'): 끝 줄은 숫자여야 합니다`,
  });

  if (first === '') {
    if (second === undefined || second === '') return { ok: true, value: { kind: 'all' } };
    if (!NUMBER.test(second)) return bad();
    const to = lineNumber(second);
    return to.ok ? { ok: true, value: { kind: 'to', to: to.value } } : to;
  }

  if (!NUMBER.test(first)) {
    if (second !== undefined) {
      return { ok: false, message: `앵커 이름 뒤에는 범위를 붙일 수 없습니다 (':${spec}')` };
    }
    return { ok: true, value: { kind: 'anchor', name: first } };
  }

  // mdBook reads a start line 0 as line 1 (`0.saturating_sub(1)`): accepted like that, with a warning.
  const zero = Number(first.replace(/^\+/, '')) === 0;
  const from: Parsed<number> = zero ? { ok: true, value: 1 } : lineNumber(first);
  if (!from.ok) return from;
  const warn = zero ? { warning: '줄 번호는 1부터 셉니다: 0을 1로 읽습니다 (mdBook과 같음)' } : {};
  if (second === undefined) return { ok: true, value: { kind: 'line', line: from.value }, ...warn };
  if (second === '') return { ok: true, value: { kind: 'from', from: from.value }, ...warn };
  if (!NUMBER.test(second)) return bad();
  const to = lineNumber(second);
  if (!to.ok) return to;
  if (to.value < from.value) {
    return { ok: false, message: `범위 ${first}:${second}이(가) 비었거나 거꾸로입니다 (시작 줄이 끝 줄보다 큽니다)` };
  }
  return { ok: true, value: { kind: 'between', from: from.value, to: to.value }, ...warn };
}
