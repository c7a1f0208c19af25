// The renderer against real rustc 1.95: hand-built diagnostics for the spans of each golden program
// (goldens/<name>/main.rs + stderr from `cargo build`) must render to the golden text byte for byte.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  error, warning, label, note, help, suggest, replace, insert, type CompileDiagnostic, type Span,
} from '../../../src/sim/check/diagnostic.ts';
import { renderDiagnostic, sourceMap } from '../../../src/sim/check/render.ts';
import { cargoFailureLines, explainLines } from '../../../src/sim/check/cargo.ts';

const dir = fileURLToPath(new URL('./goldens/', import.meta.url));
const read = (name: string, file: string): string => readFileSync(`${dir}${name}/${file}`, 'utf8');

/** Span on one line: 1-based line, 1-based display columns [from, to). */
const sp = (line: number, from: number, to: number, endLine = line): Span => ({ start: { line, col: from }, end: { line: endLine, col: to } });
const at = (line: number, col: number) => ({ line, col });

function render(name: string, diags: CompileDiagnostic[]): string {
  const files = sourceMap({ 'src/main.rs': read(name, 'main.rs') });
  const errors = diags.filter((d) => d.level === 'error');
  const warnings = diags.filter((d) => d.level === 'warning');
  return diags.map((d) => renderDiagnostic(d, files)).join('') +
    explainLines(errors.flatMap((d) => (d.code ? [d.code] : []))) +
    cargoFailureLines('main', { kind: 'bin', name: 'main' }, errors.length, warnings.length);
}

const cases: Record<string, () => CompileDiagnostic[]> = {
  'e0425-unknown-value': () => [error('E0425', 'cannot find value `nothing_here` in this scope', sp(2, 20, 32), 'not found in this scope')],
  'wide-chars': () => [error('E0425', 'cannot find value `나이` in this scope', sp(3, 29, 33), 'not found in this scope')],
  'two-same-code': () => [
    error('E0425', 'cannot find value `aaa` in this scope', sp(2, 20, 23), 'not found in this scope'),
    error('E0425', 'cannot find value `bbb` in this scope', sp(3, 20, 23), 'not found in this scope'),
  ],
  'two-codes': () => [
    error('E0425', 'cannot find value `undefined_a` in this scope', sp(2, 13, 24), 'not found in this scope'),
    error('E0433', 'cannot find type `Missing` in this scope', sp(3, 13, 20), 'use of undeclared type `Missing`'),
  ],
  'e0425-similar-local': () => {
    const d = error('E0425', 'cannot find value `totl` in this scope', sp(4, 20, 24));
    d.suggestions.push(suggest('a local variable with a similar name exists', [replace(sp(4, 20, 24), 'total')], 'verbose'));
    return [d];
  },
  'tab-indent': () => {
    const d = error('E0425', 'cannot find value `y` in this scope', sp(3, 20, 21));
    d.suggestions.push(suggest('a local variable with a similar name exists', [replace(sp(3, 20, 21), 'x')], 'verbose'));
    return [d];
  },
  'e0425-similar-fn': () => {
    const d = error('E0425', 'cannot find function `sqare` in this scope', sp(6, 20, 25));
    d.labels.push(label(sp(1, 1, 25), 'similarly named function `square` defined here'));
    d.suggestions.push(suggest('a function with a similar name exists', [replace(sp(6, 20, 25), 'square')], 'verbose'));
    return [d];
  },
  'gutter-width': () => {
    const d = error('E0425', 'cannot find function `f9` in this scope', sp(13, 5, 7));
    d.labels.push(label(sp(1, 1, 8), 'similarly named function `f1` defined here'));
    d.suggestions.push(suggest('a function with a similar name exists', [replace(sp(13, 5, 7), 'f1')], 'verbose'));
    return [d];
  },
  'e0425-unknown-fn': () => {
    const d = error('E0425', 'cannot find function `double` in this scope', sp(3, 13, 19), 'not found in this scope');
    d.suggestions.push(suggest('perhaps you intended to use this type', [replace(sp(3, 13, 19), 'f64')]));
    return [d];
  },
  'e0425-out-of-scope': () => {
    const d = error('E0425', 'cannot find value `inner` in this scope', sp(6, 20, 25));
    d.children.push(help('the binding `inner` is available in a different scope in the same function', sp(3, 13, 18)));
    return [d];
  },
  'e0433-undeclared-module': () => {
    const d = error('E0433', 'cannot find module or crate `helpers` in this scope', sp(2, 13, 20), 'use of unresolved module or unlinked crate `helpers`');
    d.children.push(help('if you wanted to use a crate named `helpers`, use `cargo add helpers` to add it to your `Cargo.toml`'));
    return [d];
  },
  'e0432-local-module': () => [error('E0432', 'unresolved import `shapes::Square`', sp(7, 5, 19), 'no `Square` in `shapes`')],
  'e0432-unresolved-import': () => {
    const d = error('E0432', 'unresolved import `std::collections::HashMapp`', sp(1, 5, 31), 'no `HashMapp` in `collections`');
    d.suggestions.push(suggest('a similar name exists in the module', [replace(sp(1, 23, 31), 'HashMap')], 'verbose'));
    return [d];
  },
  'e0603-private-fn': () => {
    const d = error('E0603', 'function `cook` is private', sp(8, 29, 33), 'private function');
    d.children.push(note('the function `cook` is defined here', sp(2, 5, 21)));
    return [d];
  },
  'e0603-private-module': () => {
    const d = error('E0603', 'module `inner` is private', sp(10, 12, 17), 'private module');
    d.labels.push(label(sp(10, 19, 24), 'function `hello` is not publicly re-exported'));
    d.children.push(note('the module `inner` is defined here', sp(2, 5, 14)));
    return [d];
  },
  'e0599-no-assoc-fn': () => {
    const d = error('E0599', 'no function or associated item named `create` found for struct `Counter` in the current scope', sp(12, 22, 28), 'function or associated item not found in `Counter`');
    d.labels.push(label(sp(1, 1, 15), 'function or associated item `create` not found for this struct'));
    d.children.push(note("if you're trying to build a new `Counter`, consider using `Counter::new` which returns `Counter`", sp(6, 5, 24)));
    return [d];
  },
  'e0106-return': () => {
    const d = error('E0106', 'missing lifetime specifier', sp(1, 30, 31), 'expected named lifetime parameter');
    d.labels.push(label(sp(1, 12, 16)), label(sp(1, 21, 25)));
    d.children.push(help("this function's return type contains a borrowed value, but the signature does not say whether it is borrowed from `a` or `b`"));
    d.suggestions.push(suggest('consider introducing a named lifetime parameter', [insert(at(1, 8), "<'a>"), insert(at(1, 13), "'a "), insert(at(1, 22), "'a "), insert(at(1, 31), "'a ")], 'verbose'));
    return [d];
  },
  'e0106-no-params': () => {
    const d = error('E0106', 'missing lifetime specifier', sp(1, 14, 15), 'expected named lifetime parameter');
    d.children.push(help("this function's return type contains a borrowed value, but there is no value for it to be borrowed from"));
    d.suggestions.push(suggest("consider using the `'static` lifetime, but this is uncommon unless you're returning a borrowed value from a `const` or a `static`", [insert(at(1, 15), "'static ")], 'verbose'));
    d.suggestions.push(suggest('instead, you are more likely to want to return an owned value', [replace(sp(1, 14, 15), '')], 'verbose'));
    return [d];
  },
  'e0106-struct-field': () => {
    const d = error('E0106', 'missing lifetime specifier', sp(2, 11, 12), 'expected named lifetime parameter');
    d.suggestions.push(suggest('consider introducing a named lifetime parameter', [insert(at(1, 14), "<'a>"), insert(at(2, 12), "'a ")], 'verbose'));
    return [d];
  },
  'e0268-break': () => [error('E0268', '`break` outside of a loop or labeled block', sp(4, 9, 14), 'cannot `break` outside of a loop or labeled block')],
  'e0072-enum': () => {
    const d = error('E0072', 'recursive type `Chain` has infinite size', sp(2, 1, 11));
    d.labels.push(label(sp(3, 15, 20), 'recursive without indirection'));
    d.suggestions.push(suggest('insert some indirection (e.g., a `Box`, `Rc`, or `&`) to break the cycle', [insert(at(3, 15), 'Box<'), insert(at(3, 20), '>')], 'verbose'));
    return [d];
  },
  'e0040-drop': () => {
    const d = error('E0040', 'explicit use of destructor method', sp(13, 7, 11), 'explicit destructor calls not allowed');
    d.suggestions.push(suggest('consider using `drop` function', [insert(at(13, 5), 'drop('), replace(sp(13, 6, 13), ')')], 'verbose'));
    return [d];
  },
  'e0061-too-few': () => {
    const d = error('E0061', 'this function takes 2 arguments but 1 argument was supplied', sp(6, 20, 23));
    d.labels.push(label(sp(6, 23, 26), 'argument #2 of type `i32` is missing'));
    d.children.push({ level: 'note', message: 'function defined here', span: sp(1, 4, 7), labels: [label(sp(1, 16, 22))] });
    d.suggestions.push(suggest('provide the argument', [replace(sp(6, 23, 26), '(1, /* i32 */)')], 'verbose'));
    return [d];
  },
  'e0061-too-many': () => {
    const d = error('E0061', 'this function takes 2 arguments but 3 arguments were supplied', sp(6, 20, 23));
    d.labels.push(label(sp(6, 30, 31), 'unexpected argument #3 of type `{integer}`'));
    d.children.push(note('function defined here', sp(1, 4, 7)));
    d.suggestions.push(suggest('remove the extra argument', [replace(sp(6, 28, 31), '')], 'verbose'));
    return [d];
  },
  'e0063-missing-fields': () => [error('E0063', 'missing fields `active` and `age` in initializer of `User`', sp(8, 13, 17), 'missing `active` and `age`')],
  'e0560-unknown-field': () => {
    const d = error('E0560', 'struct `Point` has no field named `z`', sp(7, 33, 34), '`Point` does not have this field');
    d.children.push(note('all struct fields are already assigned'));
    return [d];
  },
  'e0609-tuple': () => {
    const d = error('E0609', 'no field `5` on type `({integer}, {float}, char)`', sp(3, 22, 23), 'unknown field');
    d.children.push(note('available fields are: `0`, `1`, `2`'));
    return [d];
  },
  'e0004-enum': () => {
    const d = error('E0004', 'non-exhaustive patterns: `Dir::East` and `Dir::West` not covered', sp(9, 11, 12), 'patterns `Dir::East` and `Dir::West` not covered');
    d.children.push({ level: 'note', message: '`Dir` defined here', span: sp(1, 6, 9), labels: [label(sp(4, 5, 9), 'not covered'), label(sp(5, 5, 9), 'not covered')] });
    d.children.push(note('the matched value is of type `Dir`'));
    d.suggestions.push(suggest('ensure that all possible cases are being handled by adding a match arm with a wildcard pattern, a match arm with multiple or-patterns as shown, or multiple match arms',
      [insert(at(11, 26), ',\n        Dir::East | Dir::West => todo!()')], 'verbose'));
    return [d];
  },
  'e0004-option': () => {
    const d = error('E0004', 'non-exhaustive patterns: `None` not covered', sp(2, 11, 12), 'pattern `None` not covered');
    const std = '/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/option.rs';
    d.children.push({ level: 'note', message: '`Option<i32>` defined here', span: sp(600, 0, 0), file: std, labels: [label(sp(604, 4, 4), 'not covered')] });
    d.children.push(note('the matched value is of type `Option<i32>`'));
    d.suggestions.push(suggest('ensure that all possible cases are being handled by adding a match arm with a wildcard pattern or an explicit pattern as shown',
      [insert(at(3, 31), ',\n        None => todo!()')], 'verbose'));
    return [d];
  },
  'e0382-move': () => {
    const d = error('E0382', 'borrow of moved value: `s1`', sp(5, 16, 18), 'value borrowed here after move');
    d.labels.push(label(sp(2, 9, 11), 'move occurs because `s1` has type `String`, which does not implement the `Copy` trait'));
    d.labels.push(label(sp(3, 14, 16), 'value moved here'));
    d.suggestions.push(suggest('consider cloning the value if the performance cost is acceptable', [insert(at(3, 16), '.clone()')], 'verbose'));
    return [d];
  },
  'e0499-two-mut': () => {
    const d = error('E0499', 'cannot borrow `s` as mutable more than once at a time', sp(5, 14, 20), 'second mutable borrow occurs here');
    d.labels.push(label(sp(4, 14, 20), 'first mutable borrow occurs here'), label(sp(7, 24, 26), 'first borrow later used here'));
    return [d];
  },
  'far-labels': () => {
    const d = error('E0382', 'borrow of moved value: `s`', sp(11, 16, 17), 'value borrowed here after move');
    d.labels.push(label(sp(2, 9, 10), 'move occurs because `s` has type `String`, which does not implement the `Copy` trait'));
    d.labels.push(label(sp(3, 13, 14), 'value moved here'));
    d.suggestions.push(suggest('consider cloning the value if the performance cost is acceptable', [insert(at(3, 14), '.clone()')], 'verbose'));
    return [d];
  },
  'warning-and-error': () => {
    const d = error('E0382', 'borrow of moved value: `s`', sp(5, 16, 17), 'value borrowed here after move');
    d.labels.push(label(sp(3, 9, 10), 'move occurs because `s` has type `String`, which does not implement the `Copy` trait'));
    d.labels.push(label(sp(4, 13, 14), 'value moved here'));
    d.suggestions.push(suggest('consider cloning the value if the performance cost is acceptable', [insert(at(4, 14), '.clone()')], 'verbose'));
    const w1 = warning(undefined, 'unused variable: `unused`', sp(2, 9, 15));
    w1.children.push(note('`#[warn(unused_variables)]` (part of `#[warn(unused)]`) on by default'));
    w1.suggestions.push(suggest('if this is intentional, prefix it with an underscore', [replace(sp(2, 9, 15), '_unused')]));
    const w2 = warning(undefined, 'unused variable: `t`', sp(4, 9, 10));
    w2.suggestions.push(suggest('if this is intentional, prefix it with an underscore', [replace(sp(4, 9, 10), '_t')]));
    return [d, w1, w2];
  },
  'multiline-missing-else': () => {
    const d = error('E0317', '`if` may be missing an `else` clause', { start: { line: 3, col: 18 }, end: { line: 5, col: 6 } }, 'expected `i32`, found `()`');
    d.labels.push(label(sp(3, 9, 10), 'expected because of this assignment'));
    d.children.push(note('`if` expressions without `else` evaluate to `()`'), help('consider adding an `else` block that evaluates to the expected type'));
    return [d];
  },
  'multiline-long': () => {
    const d = error('E0308', 'mismatched types', { start: { line: 3, col: 5 }, end: { line: 9, col: 6 } }, 'expected `i32`, found `()`');
    d.labels.push(label(sp(1, 24, 27), 'expected `i32` because of return type'));
    d.children.push(note('`for` loops evaluate to unit type `()`'));
    d.suggestions.push(suggest('consider returning a value here', [insert(at(9, 6), '\n    /* `i32` value */')], 'verbose'));
    return [d];
  },
  'unused-mut': () => {
    const w = warning(undefined, 'variable does not need to be mutable', sp(2, 9, 18));
    w.suggestions.push(suggest('remove this `mut`', [replace(sp(2, 9, 13), '')]));
    w.children.push(note('`#[warn(unused_mut)]` (part of `#[warn(unused)]`) on by default'));
    const d = error('E0382', 'borrow of moved value: `s`', sp(5, 16, 17), 'value borrowed here after move');
    d.labels.push(label(sp(3, 9, 10), 'move occurs because `s` has type `String`, which does not implement the `Copy` trait'));
    d.labels.push(label(sp(4, 13, 14), 'value moved here'));
    d.suggestions.push(suggest('consider cloning the value if the performance cost is acceptable', [insert(at(4, 14), '.clone()')], 'verbose'));
    const w1 = warning(undefined, 'unused variable: `count`', sp(2, 9, 18));
    w1.children.push(note('`#[warn(unused_variables)]` (part of `#[warn(unused)]`) on by default'));
    w1.suggestions.push(suggest('if this is intentional, prefix it with an underscore', [replace(sp(2, 9, 18), '_count')]));
    const w2 = warning(undefined, 'unused variable: `t`', sp(4, 9, 10));
    w2.suggestions.push(suggest('if this is intentional, prefix it with an underscore', [replace(sp(4, 9, 10), '_t')]));
    return [w, d, w1, w2];
  },
};

describe('renderer matches rustc 1.95 byte for byte', () => {
  for (const [name, build] of Object.entries(cases)) {
    it(name, () => {
      expect(render(name, build())).toBe(read(name, 'stderr'));
    });
  }
});
