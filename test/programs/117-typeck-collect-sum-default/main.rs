use std::collections::{HashSet, VecDeque};
struct Bag {
    items: HashSet<u32>,
}
fn count(s: &HashSet<u32>) -> usize {
    s.len()
}
fn words(text: &str) -> VecDeque<&str> {
    let out = text.split(' ').collect();
    out
}
fn main() {
    // collect, sum and Default::default build the type the program asks for, wherever that is written
    let v = vec![1, 2, 2, 3, 3, 3];
    let bag = Bag { items: v.iter().copied().collect() };
    println!("{}", bag.items.len());
    println!("{}", count(&v.iter().copied().collect()));
    println!("{:?}", words("a b c"));
    let empty: Vec<f64> = Vec::new();
    let s: f64 = empty.iter().sum();
    println!("{s:?}");
    let p: f32 = empty.iter().map(|&x| x as f32).product();
    println!("{p:?}");
    let n: u8 = Default::default();
    let text: String = Default::default();
    let seen: HashSet<char> = Default::default();
    println!("{n} {:?} {} {s}", text, seen.len());
}
