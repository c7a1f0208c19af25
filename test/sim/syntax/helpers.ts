// Test helpers for the syntax front end: parse-or-fail, lowering a snippet inside `fn main`,
// and locating the 1-based line/col of a substring in a source for span assertions.
import { expect } from 'vitest';
import type { Block, Program, Stmt } from '../../../src/sim/syntax/ast.ts';
import { charWidth } from '../../../src/sim/syntax/char-width.ts';
import { parseProgram } from '../../../src/sim/syntax/parse.ts';
import type { Diagnostic, Pos } from '../../../src/sim/trace/schema.ts';

export function parseOk(source: string): Program {
  const r = parseProgram(source);
  if (!r.ok) throw new Error(`예상하지 못한 진단: ${JSON.stringify(r.diagnostics)}`);
  return r.program;
}

export function parseErr(source: string): Diagnostic[] {
  const r = parseProgram(source);
  expect(r.ok, 'parse should fail').toBe(false);
  return r.ok ? [] : r.diagnostics;
}

/** Body of `fn main() { BODY }`. */
export function mainBlock(body: string): Block {
  const program = parseOk(`fn main() {\n${body}\n}\n`);
  const main = program.items[0];
  if (main.kind !== 'Fn') throw new Error('main is not a fn');
  return main.body;
}

export function stmts(body: string): Stmt[] {
  return mainBlock(body).stmts;
}

/** 1-based position of the `nth` (0-based) occurrence of `needle`; columns in rustc display width. */
export function posOf(source: string, needle: string, nth = 0): Pos {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = source.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`not found: ${needle}`);
  }
  const before = source.slice(0, at);
  const line = before.split('\n').length;
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line, col: [...source.slice(lineStart, at)].reduce((w, ch) => w + charWidth(ch.codePointAt(0) ?? 0), 0) + 1 };
}
