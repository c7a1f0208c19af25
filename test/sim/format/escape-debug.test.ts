// `{:?}` escaping of every Unicode scalar value against rustc 1.95 (fixtures/debug-escaped-ranges.json).
// Which chars print as \u{…} depends on Unicode tables; this pins ours (the JS engine's) to Rust's.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { debugChar, debugStr } from '../../../src/sim/format/escape-debug.ts';

const ranges = JSON.parse(readFileSync(new URL('./fixtures/debug-escaped-ranges.json', import.meta.url), 'utf8')) as Array<[number, number]>;

describe('Debug escapes exactly the chars Rust escapes', () => {
  it('over all of Unicode', () => {
    const mismatches: string[] = [];
    let r = 0;
    for (let cp = 0; cp <= 0x10ffff; cp += 1) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      while (r < ranges.length && ranges[r][1] < cp) r += 1;
      const rust = r < ranges.length && ranges[r][0] <= cp;
      const c = String.fromCodePoint(cp);
      const ours = debugChar(c) === `'\\u{${cp.toString(16)}}'`;
      if (ours !== rust && mismatches.length < 20) mismatches.push(cp.toString(16));
    }
    expect(mismatches).toEqual([]);
  });
  it('str and char differ only in which quote they escape', () => {
    expect(debugStr(`'"`)).toBe(`"'\\""`);
    expect(debugChar("'")).toBe(`'\\''`);
    expect(debugChar('"')).toBe(`'"'`);
    expect(debugStr('\u0301a\u0301')).toBe('"\\u{301}a\\u{301}"');
  });
});
