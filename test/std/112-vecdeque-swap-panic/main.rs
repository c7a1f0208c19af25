// VecDeque::swap asserts each index is in range inside std (the assertion's text is the message).
use std::collections::VecDeque;

fn main() {
    let mut q: VecDeque<i32> = (1..=4).collect();
    q.swap(0, 3);
    println!("{:?}", q);
    q.swap(4, 0);
}
