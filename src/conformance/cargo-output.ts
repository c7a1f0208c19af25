// Splits cargo's stderr into its parts: cargo's own status lines, rustc's diagnostics (warnings/errors
// printed while compiling) and what the program itself wrote after `Running …`. Pure.

/** Status lines cargo prints itself (`   Compiling x v0.1.0 (…)`, `    Finished …`, `     Running …`, `   Doc-tests x`). */
export const CARGO_STATUS = /^\s+(Compiling|Checking|Finished|Running|Doc-tests|Blocking|Downloaded|Downloading|Updating|Locking|Adding|Fresh|Executable)\s/;

/** The line cargo prints when a compile fails. */
export const COULD_NOT_COMPILE = /^error: could not compile `/;

function lines(text: string): string[] {
  const l = text.replace(/\r\n/g, '\n').split('\n');
  if (l.length && l[l.length - 1] === '') l.pop();
  return l;
}

/**
 * rustc's part of cargo's stderr for a build that failed (or warned): from the first line after cargo's
 * status lines through `error: could not compile …` (inclusive), cargo's status lines removed. '' when none.
 */
export function rustcDiagnostics(stderr: string): string {
  const all = lines(stderr);
  const end = all.findIndex((l) => COULD_NOT_COMPILE.test(l));
  const upTo = end < 0 ? firstRunning(all) : end + 1;
  const kept = all.slice(0, upTo < 0 ? all.length : upTo).filter((l) => !CARGO_STATUS.test(l));
  return kept.length ? kept.join('\n') + '\n' : '';
}

function firstRunning(all: string[]): number {
  return all.findIndex((l) => /^\s+Running\s/.test(l));
}

/**
 * What the program wrote to stderr: the lines after cargo's first `Running` line, without cargo's status
 * lines (for `cargo test`: the later `Running …`/`Doc-tests …` lines go, `error: test failed, …` stays).
 */
export function programStderr(stderr: string): string {
  const all = lines(stderr);
  const running = firstRunning(all);
  if (running < 0) return '';
  const kept = all.slice(running + 1).filter((l) => !CARGO_STATUS.test(l));
  return kept.length ? kept.join('\n') + '\n' : '';
}

/** The first `error[E…]: …` (or plain `error: …`) line of rustc's diagnostics and its ` --> file:line:col`. */
export function firstError(diagnostics: string): { line: string; code: string | null; location: string | null } | null {
  const all = lines(diagnostics);
  const i = all.findIndex((l) => /^error(\[E\d{4}\])?: /.test(l) && !COULD_NOT_COMPILE.test(l) && !/^error: aborting due to/.test(l));
  if (i < 0) return null;
  const code = /^error\[(E\d{4})\]/.exec(all[i])?.[1] ?? null;
  let location: string | null = null;
  for (let j = i + 1; j < all.length && j < i + 4; j++) {
    const m = /^\s*--> (.+)$/.exec(all[j]);
    if (m) {
      location = m[1];
      break;
    }
  }
  return { line: all[i], code, location };
}
