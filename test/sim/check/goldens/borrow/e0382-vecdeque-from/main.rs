use std::collections::VecDeque;

fn main() {
    let q = VecDeque::from([1, 2, 3]);
    let mut r = q;
    println!("{:?}", q.split_off(1));
    r.push_back(4);
}
