use std::collections::VecDeque;

fn main() {
    let mut q = VecDeque::from([1, 2, 3]);
    let r = q;
    println!("{:?}", q.split_off(1));
    println!("{:?}", r);
}
