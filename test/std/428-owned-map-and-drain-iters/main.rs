use std::collections::{BTreeMap, VecDeque};
struct D(i32);
impl Drop for D {
    fn drop(&mut self) {
        println!("  drop {}", self.0);
    }
}
fn main() {
    println!("btreemap into_iter, one next:");
    let mut m = BTreeMap::new();
    for i in 1..=3 { m.insert(i, D(i)); }
    let mut it = m.into_iter();
    println!("  {:?}", it.next().map(|(k, _)| k));
    drop(it);
    println!("vec drain, one next:");
    let mut v = vec![D(11), D(12), D(13), D(14)];
    {
        let mut d = v.drain(1..3);
        println!("  {:?}", d.next().map(|x| x.0));
    }
    println!("  left {}", v.len());
    println!("into_values filter:");
    let mut m2 = BTreeMap::new();
    for i in 21..=23 { m2.insert(i, D(i)); }
    let odd: Vec<i32> = m2.into_values().filter(|d| d.0 % 2 == 1).map(|d| d.0).collect();
    println!("  {:?}", odd);
    println!("deque into_iter take:");
    let q: VecDeque<D> = (31..=33).map(D).collect();
    let firsts: Vec<i32> = q.into_iter().take(1).map(|d| d.0).collect();
    println!("  {:?}", firsts);
    println!("btreemap for, break:");
    let mut h = BTreeMap::new();
    h.insert(1, D(41));
    h.insert(2, D(42));
    for (_k, d) in h {
        println!("  got one {}", d.0 > 40);
        break;
    }
    println!("  after");
    println!("end");
}
