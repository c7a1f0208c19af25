// What cargo prints around rustc's diagnostics when a build fails: the `--explain` summary, the
// `generated N warnings` line and `error: could not compile …`. Pure text from counts and codes.

/** `bin "name"` for a binary crate (src/main.rs), `lib` for a library (src/lib.rs); `test`: its test
 *  harness build under `cargo test` (`lib test`, `bin "name" test`); an integration test `test "name"`. */
export type CrateTarget = { kind: 'bin'; name: string; test?: boolean } | { kind: 'lib'; test?: boolean } | { kind: 'test'; name: string };

function targetText(t: CrateTarget): string {
  switch (t.kind) {
    case 'bin': return `bin "${t.name}"${t.test ? ' test' : ''}`;
    case 'lib': return t.test ? 'lib test' : 'lib';
    case 'test': return `test "${t.name}"`;
  }
}

/** `1 error`, `2 errors`: rustc's count-and-noun wording. */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** rustc's closing lines: which error codes have `rustc --explain` pages (every E-code it emits). */
export function explainLines(codes: readonly string[]): string {
  const unique = [...new Set(codes.filter((c) => /^E\d{4}$/.test(c)))].sort();
  if (unique.length === 0) return '';
  if (unique.length === 1) return `For more information about this error, try \`rustc --explain ${unique[0]}\`.\n`;
  return `Some errors have detailed explanations: ${unique.join(', ')}.\nFor more information about an error, try \`rustc --explain ${unique[0]}\`.\n`;
}

/** cargo's lines after rustc's output for a failed build. */
export function cargoFailureLines(pkg: string, target: CrateTarget, errors: number, warnings: number): string {
  const t = targetText(target);
  let s = '';
  if (warnings > 0) s += `warning: \`${pkg}\` (${t}) generated ${plural(warnings, 'warning')}\n`;
  s += `error: could not compile \`${pkg}\` (${t}) due to ${errors === 1 ? '1 previous error' : `${errors} previous errors`}`;
  if (warnings > 0) s += `; ${plural(warnings, 'warning')} emitted`;
  return s + '\n';
}
