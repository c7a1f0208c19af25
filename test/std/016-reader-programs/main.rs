// Small things readers write: a `move` closure passed as `F: FnOnce() -> String`, a const named in a
// format string, `entry().or_default()` on a map of Vecs, and a `mut` closure parameter in fold.
use std::collections::{BTreeMap, HashMap};

const LIMIT: u32 = 3;
static GREETING: &str = "hi";

fn run<F: FnOnce() -> String>(f: F) -> String {
    f()
}

fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn main() {
    let s = String::from("tea");
    println!("{}", run(move || s + " time"));
    let name = String::from("rust");
    let shout = run(move || name.to_uppercase());
    println!("{shout}");
    println!("{LIMIT} {GREETING} {LIMIT:>4} {:?}", LIMIT + 1);

    let mut by_len: BTreeMap<usize, Vec<&str>> = BTreeMap::new();
    for w in ["a", "bb", "cc", "d", "eee"] {
        by_len.entry(w.len()).or_default().push(w);
    }
    println!("{:?}", by_len);
    let mut counts: HashMap<char, u32> = HashMap::new();
    for c in "hello".chars() {
        *counts.entry(c).or_default() += 1;
    }
    println!("{:?} {:?}", counts.get(&'l'), counts.get(&'z'));
    let mut names: HashMap<u8, String> = HashMap::new();
    names.entry(1).or_default().push_str("one");
    println!("{:?}", names.get(&1));

    let v = vec![3, 1, 2];
    let total = v.iter().fold(0, |mut acc, x| {
        acc += x;
        acc
    });
    let longest = ["ab", "abc", "a"].iter().fold(String::new(), |mut best, w| {
        if w.len() > best.len() {
            best = w.to_string();
        }
        best
    });
    println!("{total} {longest}");
    let offset = 10;
    println!("{}", apply(move |x| x + offset, 5));
}
