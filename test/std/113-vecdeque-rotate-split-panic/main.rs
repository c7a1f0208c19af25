// VecDeque::rotate_right(n) with n > len fails std's `assert!(n <= self.len())`.
use std::collections::VecDeque;

fn main() {
    let mut q = VecDeque::from([1, 2, 3]);
    q.rotate_right(3);
    println!("{:?}", q);
    let back = q.split_off(1);
    println!("{:?} {:?}", q, back);
    q.rotate_right(2);
}
