// Removes what is nondeterministic in libtest's output (`cargo test` runs tests on parallel threads):
// the order of result lines and captured-output blocks, and which panic gets the one backtrace note. Pure.

const RESULT_LINE = /^test .+ \.\.\. (ok|FAILED|ignored(, .*)?)$/;
const BLOCK_HEAD = /^---- (.+) stdout ----$/;
const BACKTRACE_NOTE = 'note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace';

/**
 * libtest prints each `test name ... ok` line when the test finishes and each `---- name stdout ----` block
 * in the same completion order; only the first panic of the process prints the backtrace note. This sorts
 * each run of result lines, sorts the blocks of each `failures:`/`successes:` section by test name, and
 * replaces the notes by their count at the end, so two correct runs compare equal.
 */
export function normalizeLibtest(stdout: string): string {
  const lines = stdout.split('\n');
  const out: string[] = [];
  let notes = 0;
  let i = 0;
  while (i < lines.length) {
    if (RESULT_LINE.test(lines[i])) {
      const run: string[] = [];
      while (i < lines.length && RESULT_LINE.test(lines[i])) run.push(lines[i++]);
      out.push(...run.sort());
      continue;
    }
    if (BLOCK_HEAD.test(lines[i])) {
      // A section of blocks runs until the `failures:`/`successes:` name list that follows it.
      const section: string[] = [];
      while (i < lines.length && !/^(failures|successes):$/.test(lines[i])) {
        const l = lines[i++];
        if (l === BACKTRACE_NOTE) notes++;
        else section.push(l);
      }
      // libtest ends each block with one newline of its own and writes `\nfailures:` after the last:
      // that one blank line belongs to the section, not to its last block.
      const trailing = section.length && section[section.length - 1] === '' ? 1 : 0;
      if (trailing) section.pop();
      const blocks: string[][] = [];
      for (const l of section) {
        if (BLOCK_HEAD.test(l) || blocks.length === 0) blocks.push([]);
        blocks[blocks.length - 1].push(l);
      }
      blocks.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      for (const b of blocks) out.push(...b);
      for (let k = 0; k < trailing; k++) out.push('');
      continue;
    }
    if (lines[i] === BACKTRACE_NOTE) notes++;
    else out.push(lines[i]);
    i++;
  }
  return out.join('\n') + (notes ? `\n(backtrace note ×${notes})` : '');
}
