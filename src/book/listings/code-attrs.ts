// Parses a fenced code block's info string (```rust,ignore,edition2021) into CodeAttrs, mdBook style:
// words split on commas, spaces and tabs; the first word is the language; unknown words are kept in `other`.
import type { CodeAttrs } from '../model.ts';

/** Splits an info string the way mdBook does (`info.split([' ', '\t', ','])`, empty words dropped). */
export function infoWords(info: string): string[] {
  return info.split(/[ \t,]+/).filter((w) => w.length > 0);
}

export function parseCodeAttrs(info: string): CodeAttrs {
  const [lang = '', ...rest] = infoWords(info.trim());
  const attrs: CodeAttrs = {
    lang,
    ignore: false,
    noplayground: false,
    noRun: false,
    shouldPanic: false,
    compileFail: false,
    editable: false,
    doesNotCompile: false,
    panics: false,
    notDesiredBehavior: false,
    other: [],
  };
  for (const word of rest) {
    const edition = /^edition(\d{4})$/.exec(word);
    if (edition) attrs.edition = Number(edition[1]);
    else if (word === 'ignore') attrs.ignore = true;
    else if (word === 'noplayground' || word === 'noplaypen') attrs.noplayground = true;
    else if (word === 'no_run') attrs.noRun = true;
    else if (word === 'should_panic') attrs.shouldPanic = true;
    else if (word === 'compile_fail') attrs.compileFail = true;
    else if (word === 'editable') attrs.editable = true;
    else if (word === 'does_not_compile') attrs.doesNotCompile = true;
    else if (word === 'panics') attrs.panics = true;
    else if (word === 'not_desired_behavior') attrs.notDesiredBehavior = true;
    else attrs.other.push(word);
  }
  return attrs;
}

/** A Rust block the reader can run: not ignore / noplayground / does_not_compile / compile_fail. */
export function isRunnable(attrs: CodeAttrs): boolean {
  return attrs.lang === 'rust' && !attrs.ignore && !attrs.noplayground && !attrs.doesNotCompile && !attrs.compileFail;
}

/** The Ferris badge a block gets, if any (TRPL's does_not_compile / panics / not_desired_behavior). */
export type FerrisKind = 'does-not-compile' | 'panics' | 'not-desired-behavior';

export function ferrisKind(attrs: CodeAttrs): FerrisKind | null {
  if (attrs.doesNotCompile) return 'does-not-compile';
  if (attrs.panics) return 'panics';
  if (attrs.notDesiredBehavior) return 'not-desired-behavior';
  return null;
}

/**
 * The classes mdBook puts on a block's `<code>`: `language-<lang>` and every other info-string word
 * (`does_not_compile`, `ignore`, `edition2021`…), so a book's additional CSS/JS finds its blocks as under mdBook.
 */
export function mdbookCodeClasses(attrs: CodeAttrs): string[] {
  const words: string[] = [];
  if (attrs.lang) words.push(`language-${attrs.lang}`);
  const flags: Array<[boolean, string]> = [
    [attrs.ignore, 'ignore'],
    [attrs.noplayground, 'noplayground'],
    [attrs.noRun, 'no_run'],
    [attrs.shouldPanic, 'should_panic'],
    [attrs.compileFail, 'compile_fail'],
    [attrs.editable, 'editable'],
    [attrs.doesNotCompile, 'does_not_compile'],
    [attrs.panics, 'panics'],
    [attrs.notDesiredBehavior, 'not_desired_behavior'],
  ];
  for (const [on, word] of flags) if (on) words.push(word);
  if (attrs.edition !== undefined) words.push(`edition${attrs.edition}`);
  return [...words, ...attrs.other];
}
