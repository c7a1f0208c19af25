// The program's outside world as a run's input: argv, environment, readable files, stdin and the rand seed.
// Plain data handed to the Interp; std/world.ts models the handles and calls that read it.

export interface World {
  /** argv, `argv[0]` first (cargo: `target/debug/NAME`). Default ['target/debug/main']. */
  args?: string[];
  env?: Record<string, string>;
  /** Files readable by path relative to the working directory (the crate or workspace folder). */
  files?: Record<string, string>;
  /** All of stdin (empty: `cargo run < /dev/null`). */
  stdin?: string;
  /** Seed of `rand::thread_rng()`; a fixed default keeps runs reproducible. */
  seed?: number;
}
