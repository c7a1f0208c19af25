// Benchmark programs for `heapbook bench`: naive recursive fib (compared with the same program built by rustc)
// and long Box / Rc lists whose traced run must cost what changed.
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

/** A `Box` list of `n` nodes built in a loop, then dropped (at the end of `main`): tracing it must cost what changed. */
export function boxListSource(n: number): string {
  return `struct Node {
    v: i32,
    next: Option<Box<Node>>,
}

fn main() {
    let mut head: Option<Box<Node>> = None;
    let mut i = 0;
    while i < ${n} {
        head = Some(Box::new(Node { v: i, next: head }));
        i += 1;
    }
    if let Some(node) = &head {
        println!("{}", node.v);
    }
}
`;
}

/** An `Rc` list of `n` nodes (each holds the rest), dropped at the end of `main`. */
export function rcListSource(n: number): string {
  return `use std::rc::Rc;

enum List {
    Cons(i32, Rc<List>),
    Nil,
}

use List::{Cons, Nil};

fn main() {
    let mut list = Rc::new(Nil);
    for i in 0..${n} {
        list = Rc::new(Cons(i, Rc::clone(&list)));
    }
    if let Cons(v, _) = &*list {
        println!("{} {}", v, Rc::strong_count(&list));
    }
}
`;
}
