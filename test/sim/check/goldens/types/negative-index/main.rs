use std::collections::VecDeque;
fn main() {
    let a = [1, 2, 3];
    let v: Vec<u8> = vec![1];
    let s: &[i64] = &[5, 6];
    let d: VecDeque<i32> = VecDeque::new();
    let mut w = vec![String::new()];
    println!("{} {} {} {}", a[-1], v[-2], s[-1], d[-1]);
    w[-1] = String::from("x");
}
