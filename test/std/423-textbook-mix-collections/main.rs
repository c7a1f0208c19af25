// Generic struct with an associated const, closures returning closures, match guards and ranges, VecDeque, labelled
// break, slice patterns, dedup/retain/binary_search, scan/take_while/skip_while/flat_map, HashSet and BTreeMap.
use std::collections::{BTreeMap, HashSet, VecDeque};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Suit { Hearts, Spades }

#[derive(Debug)]
enum Cmd { Push(i32), Pop, Add, Print }

struct Stack<T> { items: Vec<T> }
impl<T: std::fmt::Debug> Stack<T> {
    const LIMIT: usize = 4;
    fn new() -> Self { Stack { items: Vec::new() } }
    fn push(&mut self, x: T) -> Result<(), String> {
        if self.items.len() >= Self::LIMIT { return Err(format!("full: {:?}", x)); }
        self.items.push(x); Ok(())
    }
}

fn adder(n: i32) -> impl Fn(i32) -> i32 { move |x| x + n }
fn compose<F: Fn(i32) -> i32, G: Fn(i32) -> i32>(f: F, g: G) -> impl Fn(i32) -> i32 { move |x| g(f(x)) }

fn classify(n: i32) -> &'static str {
    match n { i32::MIN..=-1 => "neg", 0 => "zero", x if x % 2 == 0 => "even", 1 | 3 | 5 | 7 | 9 => "small odd", _ => "odd" }
}

fn main() {
    let mut st: Stack<i32> = Stack::new();
    let prog = vec![Cmd::Push(2), Cmd::Push(5), Cmd::Add, Cmd::Print, Cmd::Pop, Cmd::Print];
    for c in &prog {
        match c {
            Cmd::Push(n) => st.push(*n).unwrap(),
            Cmd::Pop => { st.items.pop(); }
            Cmd::Add => { let b = st.items.pop().unwrap(); let a = st.items.pop().unwrap(); st.push(a + b).unwrap(); }
            Cmd::Print => println!("{:?} {:?}", c, st.items),
        }
    }
    for i in 0..6 { if let Err(e) = st.push(i) { println!("{e}"); break; } }
    let f = compose(adder(3), |x| x * 10);
    println!("{} {}", f(1), (1..=4).map(&f).sum::<i32>());
    for n in [-5, 0, 4, 7, 11] { print!("{} ", classify(n)); }
    println!();
    let mut q: VecDeque<i32> = (1..=5).collect();
    q.rotate_left(2);
    q.push_front(0);
    while let Some(x) = q.pop_back() { if x == 3 { break; } print!("{x} "); }
    println!("{:?}", q);
    'outer: for i in 0..5 { for j in 0..5 { if i * j == 6 { println!("found {i} {j}"); break 'outer; } } }
    let v = [1, 2, 3, 4, 5];
    match v { [first, .., last] => println!("{first} {last}") }
    if let [a, b, rest @ ..] = &v[..] { println!("{a} {b} {:?}", rest); }
    let mut w = vec![1, 1, 2, 3, 3, 3, 4, 1];
    w.dedup();
    w.retain(|&x| x != 4);
    println!("{:?} {:?}", w, w.binary_search(&2));
    let running: Vec<i32> = v.iter().scan(0, |acc, &x| { *acc += x; Some(*acc) }).collect();
    let tw: Vec<_> = v.iter().take_while(|&&x| x < 3).chain(v.iter().skip_while(|&&x| x < 4)).collect();
    println!("{:?} {:?}", running, tw);
    let pairs: Vec<(usize, char)> = "abc".chars().enumerate().filter(|(i, _)| i % 2 == 0).collect();
    let fm: Vec<char> = vec!["hi", "yo"].iter().flat_map(|s| s.chars()).collect();
    println!("{:?} {:?}", pairs, fm);
    let a: HashSet<i32> = [1, 2, 3, 4].into_iter().collect();
    let b: HashSet<i32> = [3, 4, 5].into_iter().collect();
    let mut inter: Vec<_> = a.intersection(&b).cloned().collect(); inter.sort();
    let mut uni: Vec<_> = a.union(&b).collect(); uni.sort();
    let mut diff: Vec<_> = a.difference(&b).collect(); diff.sort();
    println!("{:?} {:?} {:?}", inter, uni, diff);
    let mut hands = vec![(Suit::Spades, 3), (Suit::Hearts, 10), (Suit::Spades, 1)];
    hands.sort_unstable_by_key(|&(s, n)| (s, std::cmp::Reverse(n)));
    println!("{:?}", hands);
    let mut by_suit: BTreeMap<Suit, Vec<i32>> = BTreeMap::new();
    for (s, n) in &hands { by_suit.entry(*s).or_default().push(*n); }
    println!("{:?} {:?}", by_suit, by_suit.range(Suit::Spades..).next());
    let zipped: Vec<String> = v.iter().zip(v.iter().skip(1)).map(|(a, b)| format!("{a}-{b}")).collect();
    println!("{}", zipped.join(" "));
    let maxw = ["pear", "fig", "banana"].iter().max_by_key(|s| s.len()).unwrap();
    let minw = ["pear", "fig", "banana"].iter().min_by(|a, b| a.len().cmp(&b.len())).unwrap();
    println!("{maxw} {minw} {:?}", ["b", "a"].iter().rev().collect::<Vec<_>>());
}
