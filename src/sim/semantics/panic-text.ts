// Adapter over the std panic texts the simulator prints (the first line of a panic and the backtrace note).
// Kept tiny so the evaluator has one place that knows the wording rustc 1.95 uses.

export function panicHeader(file: string, line: number, col: number): string {
  return `\nthread 'main' (1) panicked at ${file}:${line}:${col}:\n`;
}

export const BACKTRACE_NOTE = 'note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n';

export const STACK_OVERFLOW = "\nthread 'main' (1) has overflowed its stack\nfatal runtime error: stack overflow, aborting\n";
