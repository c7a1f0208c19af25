// Lezer error nodes (`⚠`) → Korean 'parse' diagnostics naming the unexpected token and its position.
// Lezer is error-tolerant, so every error node is collected; known grammar gaps are not reported.
import type { Tree } from '@lezer/common';

export interface RawError {
  from: number;
  to: number;
  message: string;
}

/** Token-ish text starting at `at` (after whitespace), for the message. */
function tokenAt(text: string, at: number): { token: string; from: number; to: number } | null {
  let i = at;
  while (i < text.length && /\s/.test(text[i])) i++;
  if (i >= text.length) return null;
  const m = /^([A-Za-z_][A-Za-z0-9_]*|[0-9][A-Za-z0-9_.]*|"[^"\n]*"?|'[^'\n]{0,8}'?|::|->|=>|\.\.=?|[&|=!<>+\-*/%^]=?|\S)/u.exec(text.slice(i));
  const token = m ? m[0] : text[i];
  return { token, from: i, to: i + token.length };
}

export function errorMessage(text: string, from: number, to: number): RawError {
  const own = text.slice(from, to).trim();
  if (own) {
    const first = own.length > 20 ? own.slice(0, 20) + '…' : own;
    return { from, to, message: `구문 오류: \`${first}\` 근처에서 예상하지 못한 토큰` };
  }
  const tok = tokenAt(text, from);
  if (!tok) return { from, to, message: '구문 오류: 예상하지 못한 파일 끝 (닫히지 않은 괄호나 빠진 `;`가 있는지 확인하세요)' };
  return { from: tok.from, to: tok.to, message: `구문 오류: \`${tok.token}\` 근처에서 예상하지 못한 토큰${missingSemicolonHint(text, tok.from)}` };
}

/** When the unexpected token starts a line and the previous line does not end a statement, a `;` is likely missing. */
function missingSemicolonHint(text: string, at: number): string {
  const before = text.slice(0, at);
  const lastNewline = before.lastIndexOf('\n');
  if (lastNewline < 0 || before.slice(lastNewline + 1).trim() !== '') return '';
  const prev = before.trimEnd();
  const last = prev[prev.length - 1];
  if (!last || ';{},'.includes(last) || prev.endsWith('*/')) return '';
  return ' (앞 줄 끝에 `;`가 빠졌을 수 있습니다)';
}

/** Grammar gaps: lezer rejects the half-open range pattern `5..` that rustc accepts. */
function isKnownGap(tree: Tree, text: string, at: number): boolean {
  const node = tree.resolveInner(at, -1);
  const inRange = node.parent?.name === 'RangePattern' || node.name === 'RangePattern';
  return inRange && /\.\.\s*$/.test(text.slice(0, at));
}

/** Error nodes within [lo, hi], in source order. Errors on the same line as an earlier one are usually
 *  cascades of it (lezer recovering token by token), so only the first error of each line is kept. */
export function collectErrors(tree: Tree, text: string, lo = 0, hi = text.length): RawError[] {
  const out: RawError[] = [];
  const lines = new Set<number>();
  const newlines: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) newlines.push(i);
  tree.iterate({
    enter(n) {
      if (out.length >= MAX_ERRORS) return false;
      if (!n.type.isError) return;
      if (n.from < lo || n.from > hi) return;
      if (n.from === n.to && isKnownGap(tree, text, n.from)) return;
      const err = errorMessage(text, n.from, n.to);
      const line = lineNumber(newlines, err.from);
      if (lines.has(line)) return;
      lines.add(line);
      out.push(err);
    },
  });
  return out.sort((a, b) => a.from - b.from);
}

const MAX_ERRORS = 50;

/** Number of newlines before `at` (binary search over sorted newline offsets). */
function lineNumber(newlines: number[], at: number): number {
  let lo = 0;
  let hi = newlines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (newlines[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function firstErrorMessage(tree: Tree, text: string, lo: number, hi: number): RawError | null {
  return collectErrors(tree, text, lo, hi)[0] ?? null;
}
