use std::cmp::max as bigger;
use std::collections::BTreeMap as Map;
use std::collections::HashSet as Set;
use std::fmt::Result as FmtResult;
use std::mem::swap as exchange;
use std::rc::Rc as Shared;
use std::fmt;

struct Celsius(f64);

impl fmt::Display for Celsius {
    fn fmt(&self, f: &mut fmt::Formatter) -> FmtResult {
        write!(f, "{:.1}°C", self.0)
    }
}

fn count_words(text: &str) -> Map<&str, usize> {
    let mut m = Map::new();
    for w in text.split_whitespace() {
        *m.entry(w).or_insert(0) += 1;
    }
    m
}

fn main() {
    let m = count_words("a b a c b a");
    println!("{:?}", m);
    let fixed: Map<i32, char> = Map::from([(2, 'b'), (1, 'a')]);
    println!("{:?} len={}", fixed, fixed.len());
    let mut s: Set<u8> = Set::new();
    s.insert(3);
    s.insert(3);
    println!("set len {}", s.len());
    println!("bigger {}", bigger(4, 9));
    let (mut x, mut y) = (1, 2);
    exchange(&mut x, &mut y);
    println!("x={} y={}", x, y);
    let a = Shared::new(String::from("hi"));
    let b = Shared::clone(&a);
    println!("{} {} count={}", a, b, Shared::strong_count(&a));
    println!("{}", Celsius(21.55));
}
