// Benchmark programs for `heapbook bench`: naive recursive fib, compared with the same program built by rustc.
// Pure data; the CLI (src/cli/commands/bench.ts) times them.

export const FIB_N = 27;

export const FIB_SOURCE = `fn fib(n: u32) -> u64 {
    if n < 2 {
        n as u64
    } else {
        fib(n - 1) + fib(n - 2)
    }
}

fn main() {
    println!("{}", fib(${FIB_N}));
}
`;
