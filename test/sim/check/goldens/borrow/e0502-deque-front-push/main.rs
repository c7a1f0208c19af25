use std::collections::VecDeque;
fn main() {
    let mut q: VecDeque<i32> = VecDeque::new();
    q.push_back(1);
    let f = q.front();
    q.push_back(2);
    println!("{:?}", f);
}
