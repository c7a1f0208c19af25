// A mix of what textbook programs reach for: struct update, Display, trait objects with default methods, generic
// largest, word counts sorted with Ordering::then, partition, palindromes, Chars::as_str, checked/wrapping/saturating.
use std::collections::HashMap;
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
struct Point { x: i32, y: i32 }

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "({}, {})", self.x, self.y) }
}

trait Area { fn area(&self) -> f64; fn describe(&self) -> String { format!("area {:.2}", self.area()) } }
struct Circle(f64);
struct Rect { w: f64, h: f64 }
impl Area for Circle { fn area(&self) -> f64 { 3.14159 * self.0 * self.0 } }
impl Area for Rect { fn area(&self) -> f64 { self.w * self.h } fn describe(&self) -> String { format!("rect {}x{}", self.w, self.h) } }

fn largest<T: PartialOrd + Copy>(xs: &[T]) -> T { let mut m = xs[0]; for &x in xs { if x > m { m = x; } } m }

fn main() {
    let p = Point { x: 1, y: 2 };
    let q = Point { y: 5, ..p.clone() };
    println!("{p} {q} {:?} {}", q, p == q);
    let shapes: Vec<Box<dyn Area>> = vec![Box::new(Circle(1.5)), Box::new(Rect { w: 2.0, h: 3.5 })];
    for s in &shapes { println!("{}", s.describe()); }
    let total: f64 = shapes.iter().map(|s| s.area()).sum();
    println!("{total:.3}");
    println!("{} {} {}", largest(&[3, 9, 2]), largest(&[1.5, -2.0]), largest(&['x', 'b']));
    let text = "the quick brown fox jumps over the lazy dog the end";
    let mut freq: HashMap<&str, usize> = HashMap::new();
    for w in text.split_whitespace() { *freq.entry(w).or_insert(0) += 1; }
    let mut pairs: Vec<_> = freq.into_iter().collect();
    pairs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    println!("{:?}", &pairs[..3]);
    let nums = vec![1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    let evens: Vec<_> = nums.iter().filter(|&&x| x % 2 == 0).map(|x| x * x).collect();
    let (small, big): (Vec<i32>, Vec<i32>) = nums.iter().partition(|&&x| x < 5);
    println!("{:?} {:?} {:?}", evens, small, big);
    let words = vec!["apple", "bob", "kayak", "rust"];
    let pals: Vec<_> = words.iter().filter(|w| w.chars().rev().collect::<String>() == **w).collect();
    println!("{:?}", pals);
    let s = String::from("héllo wörld");
    println!("{} {} {:?} {:?}", s.len(), s.chars().count(), s.find('w'), s.char_indices().nth(2));
    let upper: String = s.split(' ').map(|w| { let mut c = w.chars(); match c.next() { Some(f) => f.to_uppercase().collect::<String>() + c.as_str(), None => String::new() } }).collect::<Vec<_>>().join(" ");
    println!("{upper}");
    let x: u8 = 250;
    println!("{:?} {:?} {} {}", x.checked_add(10), x.wrapping_add(10), x.saturating_add(10), (x as i8));
    let v2: Vec<i32> = (1..=5).rev().step_by(2).collect();
    println!("{:?} {:?}", v2, v2.windows(2).map(|w| w[0] - w[1]).collect::<Vec<_>>());
    let mut grid = vec![vec![0; 3]; 2];
    grid[1][2] = 7;
    for row in &grid { println!("{}", row.iter().map(|n| n.to_string()).collect::<Vec<_>>().join(",")); }
    let nested = vec![vec![1, 2], vec![3], vec![]];
    let flat: Vec<i32> = nested.into_iter().flatten().collect();
    println!("{:?} {:?}", flat, flat.iter().fold(String::new(), |acc, n| acc + &n.to_string()));
    let mut sorted = vec![3.2, 1.5, 9.9, -1.0];
    sorted.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("{:?} {:?}", sorted, sorted.iter().cloned().fold(f64::NEG_INFINITY, f64::max));
    let opt: Option<&str> = None;
    println!("{}", opt.map_or("none".to_string(), |s| s.to_uppercase()));
    let r: Result<u32, _> = "42x".parse::<u32>();
    match r { Ok(n) => println!("{n}"), Err(e) => println!("error: {e}") }
}
