// Ord::min / max / clamp on integers, ties, and std::cmp::{min, max, min_by_key, max_by_key}.
use std::cmp;

fn main() {
    let a: u32 = 10;
    println!("{} {}", a.max(2), a.min(2));
    println!("{} {}", 3i64.max(-7), (-3i64).min(-7));
    let l: usize = 3;
    let r: usize = 1;
    println!("{}", 1 + l.max(r));
    println!("{} {}", cmp::max(3, 1), cmp::min(3, 1));
    let x = 5i32;
    println!("{} {} {}", x.min(7), x.max(7), x.max(5));
    println!("{} {} {}", 15u8.clamp(1, 9), 0i8.clamp(1, 9), 4i16.clamp(1, 9));
    let words = ["pear", "fig", "banana"];
    println!("{}", cmp::max_by_key("kiwi", "plum", |s| s.len()));
    println!("{}", cmp::min_by_key(words[0], words[1], |s| s.len()));
    let biggest = words.iter().map(|w| w.len()).fold(0, |m, n| m.max(n));
    println!("{}", biggest);
}
