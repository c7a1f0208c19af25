// Spans are 1-based line/col into the original program: columns count characters (as rustc does),
// macro arguments re-parsed in a dummy context map back exactly, and panic-relevant spans are recorded.
import { describe, expect, it } from 'vitest';
import type { Expr } from '../../../src/sim/syntax/ast.ts';
import { parseOk, posOf } from './helpers.ts';

/** Every expression in a program, depth first (walks all object fields). */
function allExprs(node: unknown, out: Expr[] = []): Expr[] {
  if (!node || typeof node !== 'object') return out;
  if (Array.isArray(node)) {
    for (const n of node) allExprs(n, out);
    return out;
  }
  const rec = node as Record<string, unknown>;
  const EXPR_KINDS = new Set(['Lit', 'PathExpr', 'Binary', 'Index', 'MethodCall', 'Call', 'FormatMacro', 'TupleIndex', 'Field', 'Unary', 'CompoundAssign', 'AssertCmpMacro', 'VecMacro']);
  if (typeof rec.kind === 'string' && EXPR_KINDS.has(rec.kind)) out.push(rec as unknown as Expr);
  for (const [k, v] of Object.entries(rec)) if (k !== 'span' && !k.endsWith('Span')) allExprs(v, out);
  return out;
}

function find<K extends Expr['kind']>(program: unknown, kind: K, pred: (e: Extract<Expr, { kind: K }>) => boolean = () => true) {
  const hit = allExprs(program).find((e) => e.kind === kind && pred(e as Extract<Expr, { kind: K }>));
  if (!hit) throw new Error(`no ${kind}`);
  return hit as Extract<Expr, { kind: K }>;
}

describe('spans', () => {
  it('statement and expression positions, end exclusive', () => {
    const src = 'fn main() {\n    let total = a + b * 2;\n}\n';
    const p = parseOk(src);
    const bin = find(p, 'Binary', (b) => b.op === '+');
    expect(bin.span).toEqual({ start: posOf(src, 'a + b'), end: { line: 2, col: 26 } });
    expect(bin.opSpan.start).toEqual(posOf(src, '+'));
    const main = p.items[0];
    expect(main.kind === 'Fn' && main.body.stmts[0].span).toEqual({ start: { line: 2, col: 5 }, end: { line: 2, col: 27 } });
  });

  it('columns are rustc display columns on lines with Korean text, emoji and tabs', () => {
    // Expected columns come from running the same lines through rustc 1.95 (panic locations).
    const src = 'fn main() {\n    let s = "한글 😀"; let v = w[10];\n\tlet t = "\t"; x.unwrap();\n}\n';
    const p = parseOk(src);
    const idx = find(p, 'Index');
    expect(idx.span.start).toEqual({ line: 2, col: 32 });
    expect(idx.bracketSpan.start).toEqual({ line: 2, col: 33 });
    const m = find(p, 'MethodCall');
    expect(m.methodSpan.start).toEqual({ line: 3, col: 23 });
  });

  it('method calls record the method-name span (rustc reports unwrap/expect/borrow_mut there)', () => {
    const src = 'fn main() {\n    let x = v.iter()\n        .nth(5).unwrap();\n}\n';
    const call = find(parseOk(src), 'MethodCall', (m) => m.method === 'unwrap');
    expect(call.methodSpan).toEqual({ start: { line: 3, col: 17 }, end: { line: 3, col: 23 } });
    expect(call.span.start).toEqual({ line: 2, col: 13 });
  });

  it('format macro arguments map back to the original source', () => {
    const src = 'fn main() {\n    println!("합계: {} {}", a + 1, format!("{x}", x = yy));\n}\n';
    const p = parseOk(src);
    const outer = find(p, 'FormatMacro', (m) => m.macro === 'println');
    expect(outer.span.start).toEqual(posOf(src, 'println!'));
    expect(outer.nameSpan).toEqual({ start: posOf(src, 'println'), end: { line: 2, col: 12 } });
    expect(outer.format?.templateSpan.start).toEqual(posOf(src, '"합계'));
    const plus = find(p, 'Binary');
    expect(plus.span.start).toEqual(posOf(src, 'a + 1'));
    expect(plus.span.end).toEqual({ line: 2, col: posOf(src, 'a + 1').col + 5 });
    const inner = find(p, 'FormatMacro', (m) => m.macro === 'format');
    expect(inner.span.start).toEqual(posOf(src, 'format!'));
    expect(inner.format?.templateSpan.start).toEqual(posOf(src, '"{x}"'));
    const named = inner.format?.args[0];
    expect(named?.name).toBe('x');
    expect(named?.expr.span.start).toEqual(posOf(src, 'yy)'));
  });

  it('vec! / assert_eq! arguments on several lines keep their own lines', () => {
    const src = 'fn main() {\n    assert_eq!(\n        left.len(),\n        vec![1,\n             2][1]\n    );\n}\n';
    const p = parseOk(src);
    const cmp = find(p, 'AssertCmpMacro');
    expect(cmp.left.span.start).toEqual({ line: 3, col: 9 });
    expect(cmp.right.span.start).toEqual({ line: 4, col: 9 });
    expect(cmp.right.kind === 'Index' && cmp.right.bracketSpan.start).toEqual({ line: 5, col: 16 });
    const two = find(p, 'Lit', (l) => l.lit.kind === 'Int' && l.lit.value === 2n);
    expect(two.span.start).toEqual({ line: 5, col: 14 });
  });

  it('macro invoked with a path starts at the path', () => {
    const src = 'fn main() {\n    std::println!("{}", 1);\n}\n';
    const m = find(parseOk(src), 'FormatMacro');
    expect(m.span.start).toEqual({ line: 2, col: 5 });
    expect(m.nameSpan.start).toEqual({ line: 2, col: 5 });
  });

  it('tuple index chains `self.0.1` get one span per index', () => {
    const src = 'fn f(&self) -> i32 {\n    self.0.1\n}\n';
    const outer = find(parseOk(src), 'TupleIndex', (t) => t.index === 1);
    expect(outer.indexSpan.start).toEqual({ line: 2, col: 12 });
    expect(outer.object.kind === 'TupleIndex' && outer.object.indexSpan.start).toEqual({ line: 2, col: 10 });
    expect(outer.object.span).toEqual({ start: { line: 2, col: 5 }, end: { line: 2, col: 11 } });
  });

  it('statements split after a block-like expression keep original positions', () => {
    const src = 'fn main() {\n    if a { b(); } *x += 1;\n}\n';
    const ca = find(parseOk(src), 'CompoundAssign');
    expect(ca.span.start).toEqual(posOf(src, '*x'));
  });

  it('CRLF line endings count lines correctly', () => {
    const src = 'fn main() {\r\n    let x = 1;\r\n    x.unwrap();\r\n}\r\n';
    const m = find(parseOk(src), 'MethodCall');
    expect(m.methodSpan.start).toEqual({ line: 3, col: 7 });
  });
});
