// Compares a listing's simulated output with its `output.txt`: keeps only the program's part of cargo's
// transcript (after `Running …`), ignores thread ids and timings, and describes a difference as a short line diff.

/** Lines cargo itself prints, never the program. */
const CARGO_LINE = /^\s*(Compiling|Finished|Running|Blocking|Downloaded|Downloading|Updating|Locking|Adding|Checking)\s|^error: process didn't exit successfully/;

/**
 * The program-output part of an `output.txt` transcript: the lines after cargo's `Running` line.
 * Null when the transcript is not a `$ cargo run` whose program ran (a build error, `cargo test`, plain text).
 */
export function programOutput(transcript: string): string | null {
  const lines = transcript.replace(/\r\n/g, '\n').split('\n');
  const cmd = lines.findIndex((l) => /^\$ cargo run\b/.test(l));
  if (cmd < 0) return null;
  const running = lines.findIndex((l, i) => i > cmd && /^\s+Running\s/.test(l));
  if (running < 0) return null;
  const rest = lines.slice(running + 1).filter((l) => !CARGO_LINE.test(l));
  return rest.join('\n');
}

/** What may differ between runs: OS thread ids in panic messages (`thread 'main' (12345)`), timings; trailing blank lines. */
export function normalizeOutput(text: string): string {
  return text
    .replace(/\r\n/g, '\n')
    .replace(/^(thread '[^'\n]*') \(\d+\)/gm, '$1')
    .replace(/\b\d+(?:\.\d+)?(?:ns|µs|us|ms|s)\b/g, '<시간>')
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .replace(/\n+$/, '');
}

export interface OutputDiff {
  /** Short `- expected` / `+ actual` lines around the differences (at most `maxLines`). */
  lines: string[];
  /** 1-based line of the first difference. */
  firstLine: number;
}

/** Null when equal after normalising; else a small line diff (LCS) of expected vs actual. */
export function diffOutputs(expected: string, actual: string, maxLines = 12): OutputDiff | null {
  const a = normalizeOutput(expected);
  const b = normalizeOutput(actual);
  if (a === b) return null;
  const x = a === '' ? [] : a.split('\n');
  const y = b === '' ? [] : b.split('\n');
  const n = x.length;
  const m = y.length;
  const lcs = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) lcs[i][j] = x[i] === y[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  }
  const ops: string[] = [];
  let firstLine = 0;
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && x[i] === y[j]) {
      i++;
      j++;
    } else if (i < n && (j === m || lcs[i + 1][j] >= lcs[i][j + 1])) {
      firstLine ||= i + 1;
      ops.push(`- ${x[i++]}`);
    } else {
      firstLine ||= i + 1;
      ops.push(`+ ${y[j++]}`);
    }
  }
  const shown = ops.length > maxLines ? [...ops.slice(0, maxLines), `… (${ops.length - maxLines}줄 더)`] : ops;
  return { lines: shown, firstLine };
}
