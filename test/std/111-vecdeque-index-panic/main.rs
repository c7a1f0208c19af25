// Indexing a VecDeque past its length: its Index impl panics with "Out of bounds access" at the `[`.
use std::collections::VecDeque;

fn main() {
    let mut q: VecDeque<&str> = VecDeque::new();
    q.push_back("b");
    q.push_front("a");
    println!("{} {} {}", q[0], q[1], q.len());
    q[1] = "c";
    println!("{:?}", q);
    let i = q.len();
    println!("{}", q[i]);
}
