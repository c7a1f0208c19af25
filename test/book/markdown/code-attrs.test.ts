// Info-string parsing (mdBook splits on commas, spaces and tabs) and which blocks are runnable.
import { describe, it, expect } from 'vitest';
import { parseCodeAttrs, isRunnable, ferrisKind, infoWords } from '../../../src/book/listings/code-attrs.ts';

describe('parseCodeAttrs', () => {
  it('splits on commas, spaces and tabs like mdBook', () => {
    expect(infoWords('rust,ignore  no_run\tedition2021,,')).toEqual(['rust', 'ignore', 'no_run', 'edition2021']);
  });

  it('reads every flag TRPL uses', () => {
    const a = parseCodeAttrs('rust,ignore,noplayground,no_run,should_panic,compile_fail,editable,edition2018,does_not_compile,panics,not_desired_behavior');
    expect(a).toEqual({
      lang: 'rust', ignore: true, noplayground: true, noRun: true, shouldPanic: true, compileFail: true,
      editable: true, edition: 2018, doesNotCompile: true, panics: true, notDesiredBehavior: true, other: [],
    });
  });

  it('keeps unknown words and accepts noplaypen', () => {
    const a = parseCodeAttrs('rust noplaypen custom edition2024');
    expect(a.noplayground).toBe(true);
    expect(a.edition).toBe(2024);
    expect(a.other).toEqual(['custom']);
  });

  it('has an empty language for a bare fence', () => {
    expect(parseCodeAttrs('').lang).toBe('');
  });
});

describe('isRunnable', () => {
  it.each([
    ['rust', true],
    ['rust,panics', true],
    ['rust,no_run', true],
    ['rust,not_desired_behavior', true],
    ['rust,ignore', false],
    ['rust,noplayground', false],
    ['rust,does_not_compile', false],
    ['rust,compile_fail', false],
    ['console', false],
    ['', false],
  ])('%j → %s', (info, runnable) => {
    expect(isRunnable(parseCodeAttrs(info))).toBe(runnable);
  });
});

describe('ferrisKind', () => {
  it('picks the badge', () => {
    expect(ferrisKind(parseCodeAttrs('rust,ignore,does_not_compile'))).toBe('does-not-compile');
    expect(ferrisKind(parseCodeAttrs('rust,panics'))).toBe('panics');
    expect(ferrisKind(parseCodeAttrs('rust,not_desired_behavior'))).toBe('not-desired-behavior');
    expect(ferrisKind(parseCodeAttrs('rust'))).toBeNull();
  });
});
