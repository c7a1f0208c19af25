// Macro visitor: re-parses a macro's token tree as Rust (wrapped in a dummy function) and builds the
// dedicated AST node: format macros, write!, assert!/assert_eq!, vec!, matches!, dbg!. Spans map back exactly.
import type { SyntaxNode } from '@lezer/common';
import type { Expr, FormatArg, FormatArgs, FormatMacroName, Pattern } from './ast.ts';
import { type Ctx, LowerError, kids, parts, spanOf, syntaxError, textOf, unsupported } from './lower-context.ts';
import { literalOf, lowerExpr } from './lower-exprs.ts';
import { lowerPattern } from './lower-patterns.ts';
import { findNode, reparse } from './reparse.ts';

const FORMAT_MACROS = new Set<FormatMacroName>(['println', 'print', 'eprintln', 'eprint', 'format', 'format_args', 'panic', 'unreachable', 'todo', 'unimplemented']);

export function lowerMacro(ctx: Ctx, node: SyntaxNode): Expr {
  const all = kids(node);
  const nameNode = all[0];
  const tokens = all.find((c) => c.name === 'ParenthesizedTokens' || c.name === 'BracketedTokens' || c.name === 'BracedTokens');
  if (!nameNode || !tokens) syntaxError(ctx, node, '매크로 호출이 불완전합니다');
  const fullName = textOf(ctx, nameNode);
  const name = fullName.split('::').pop() ?? fullName;
  const span = spanOf(ctx, { from: node.from, to: tokens.to });
  const nameSpan = spanOf(ctx, nameNode);
  const args = { from: tokens.from + 1, to: tokens.to - 1 };
  const base = { span, nameSpan };

  if (FORMAT_MACROS.has(name as FormatMacroName)) {
    const exprs = callArgs(ctx, args);
    return { kind: 'FormatMacro', macro: name as FormatMacroName, format: formatArgs(ctx, exprs, name), ...base };
  }
  switch (name) {
    case 'write':
    case 'writeln': {
      const exprs = callArgs(ctx, args);
      const dest = exprs[0];
      if (!dest) syntaxError(ctx, tokens, `\`${name}!\`에 대상이 없습니다`);
      return { kind: 'WriteMacro', macro: name, dest: dest.expr, format: formatArgs(ctx, exprs.slice(1), name), ...base };
    }
    case 'assert':
    case 'debug_assert': {
      const exprs = callArgs(ctx, args);
      if (!exprs[0]) syntaxError(ctx, tokens, `\`${name}!\`에 조건이 없습니다`);
      return { kind: 'AssertMacro', macro: name, cond: exprs[0].expr, message: formatArgs(ctx, exprs.slice(1), name), ...base };
    }
    case 'assert_eq':
    case 'assert_ne':
    case 'debug_assert_eq':
    case 'debug_assert_ne': {
      const exprs = callArgs(ctx, args);
      if (!exprs[0] || !exprs[1]) syntaxError(ctx, tokens, `\`${name}!\`에는 비교할 값이 두 개 필요합니다`);
      return { kind: 'AssertCmpMacro', macro: name, left: exprs[0].expr, right: exprs[1].expr, message: formatArgs(ctx, exprs.slice(2), name), ...base };
    }
    case 'vec': {
      const frag = reparse(ctx, args.from, args.to, 'fn __m() { [', ']; }');
      const arr = findNode(frag.root, 'ArrayExpression', 0);
      if (!arr) syntaxError(ctx, tokens, '`vec!` 인자를 해석할 수 없습니다');
      const items = parts(arr);
      if (kids(arr).some((c) => c.name === ';')) {
        if (items.length !== 2) syntaxError(ctx, tokens, '`vec![값; 개수]` 형식이 아닙니다');
        return { kind: 'VecRepeatMacro', value: lowerExpr(frag.ctx, items[0]), count: lowerExpr(frag.ctx, items[1]), ...base };
      }
      return { kind: 'VecMacro', items: items.map((c) => lowerExpr(frag.ctx, c)), ...base };
    }
    case 'matches':
      return { kind: 'MatchesMacro', ...matchesArgs(ctx, tokens, args), ...base };
    case 'dbg': {
      const exprs = callArgs(ctx, args);
      return { kind: 'DbgMacro', args: exprs.map((e) => e.expr), argTexts: exprs.map((e) => e.text), ...base };
    }
    default:
      unsupported(ctx, nameNode, `매크로 \`${name}!\``);
  }
}

interface ArgExpr {
  expr: Expr;
  /** The raw lezer node (in the fragment) and its fragment context, for named-argument detection. */
  node: SyntaxNode;
  ctx: Ctx;
  text: string;
}

/** Arguments parsed as call arguments: `fn __m() { __f(ARGS); }`. */
function callArgs(ctx: Ctx, args: { from: number; to: number }): ArgExpr[] {
  if (ctx.text.slice(args.from, args.to).trim() === '') return [];
  const frag = reparse(ctx, args.from, args.to, 'fn __m() { __f(', '); }');
  const list = findNode(frag.root, 'ArgList', 0);
  if (!list) syntaxError(ctx, args, '매크로 인자를 해석할 수 없습니다');
  return parts(list).map((n) => ({ expr: lowerExpr(frag.ctx, n), node: n, ctx: frag.ctx, text: textOf(frag.ctx, n) }));
}

/** The format string (first argument, a string literal) and the remaining positional/named arguments. */
function formatArgs(_ctx: Ctx, exprs: ArgExpr[], macro: string): FormatArgs | null {
  const first = exprs[0];
  if (!first) return null;
  if (first.node.name !== 'String' && first.node.name !== 'RawString') {
    throw new LowerError({
      severity: 'error',
      code: 'unsupported',
      message: `지원하지 않는 기능: \`${macro}!\`의 포맷 문자열 자리에는 문자열 리터럴만 올 수 있습니다`,
      span: first.expr.span,
    });
  }
  const lit = literalOf(first.ctx, first.node);
  if (lit.kind !== 'Str') syntaxError(first.ctx, first.node, '포맷 문자열은 바이트 문자열일 수 없습니다');
  const args: FormatArg[] = exprs.slice(1).map((a) => {
    const n = a.node;
    const [lhs, op, rhs] = kids(n);
    if (n.name === 'AssignmentExpression' && lhs?.name === 'Identifier' && op?.name === '=' && rhs) {
      return { kind: 'FormatArg', name: textOf(a.ctx, lhs), expr: lowerExpr(a.ctx, rhs), span: a.expr.span };
    }
    return { kind: 'FormatArg', expr: a.expr, span: a.expr.span };
  });
  const last = exprs[exprs.length - 1];
  return {
    kind: 'FormatArgs',
    template: lit.value,
    templateRaw: lit.raw,
    templateSpan: first.expr.span,
    args,
    span: { start: first.expr.span.start, end: last.expr.span.end },
  };
}

/** `matches!(EXPR, PAT)` / `matches!(EXPR, PAT if GUARD)`: try each top-level comma as the split point. */
function matchesArgs(ctx: Ctx, tokens: SyntaxNode, args: { from: number; to: number }): { expr: Expr; pat: Pattern; guard?: Expr } {
  const commas = kids(tokens).filter((c) => c.name === ',').map((c) => c.from);
  let lastError: unknown = null;
  for (const comma of commas) {
    try {
      const e = reparse(ctx, args.from, comma, 'fn __m() { match ', ' {} }');
      const scrut = findNode(e.root, 'MatchExpression', 0);
      const scrutNode = scrut ? parts(scrut).filter((c) => c.name !== 'match' && c.name !== 'MatchBlock')[0] : null;
      const p = reparse(ctx, comma + 1, args.to, 'fn __m() { match x { ', ' => {} } }');
      const arm = findNode(p.root, 'MatchArm', 0);
      if (!scrutNode || !arm) continue;
      const armParts = parts(arm);
      const guardNode = armParts.find((c) => c.name === 'Guard');
      const out: { expr: Expr; pat: Pattern; guard?: Expr } = { expr: lowerExpr(e.ctx, scrutNode), pat: lowerPattern(p.ctx, armParts[0]) };
      if (guardNode) {
        const g = parts(guardNode).filter((c) => c.name !== 'if')[0];
        if (g) out.guard = lowerExpr(p.ctx, g);
      }
      return out;
    } catch (err) {
      lastError = err;
    }
  }
  if (lastError instanceof LowerError) throw lastError;
  syntaxError(ctx, tokens, '`matches!(식, 패턴)` 형식이 아닙니다');
}
