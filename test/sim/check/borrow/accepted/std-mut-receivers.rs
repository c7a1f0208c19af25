// Std methods taking `&mut self` next to borrows that have ended (rustc accepts all of these): the entry API,
// `Peekable::peek`, `VecDeque`'s ends, `Option::replace`, two-phase borrows of the receiver.
use std::collections::{HashMap, VecDeque};

fn main() {
    let mut counts: HashMap<String, i32> = HashMap::new();
    for w in ["a", "b", "a"] {
        *counts.entry(w.to_string()).or_insert(0) += 1;
    }
    let c = counts.entry("c".to_string()).or_insert(5);
    *c += 1;
    counts.insert("d".to_string(), 1);
    counts.entry("a".to_string()).and_modify(|n| *n += 10).or_default();
    let mut keys: Vec<_> = counts.iter().collect();
    keys.sort();
    println!("{:?}", keys);

    let v = vec![1, 2, 3, 4];
    let mut it = v.iter().peekable();
    while let Some(&&x) = it.peek() {
        it.next();
        if x > 2 { break; }
    }
    if let Some(p) = it.peek() {
        println!("peek {p}");
    }
    println!("{:?}", it.next());

    let mut q: VecDeque<i32> = VecDeque::new();
    q.push_back(1);
    q.push_front(0);
    let f = q.front().copied();
    q.push_back(2);
    if let Some(b) = q.back_mut() { *b += 1; }
    println!("{:?} {:?} {:?}", f, q, q.back());

    let mut o = Some(1);
    let old = o.replace(2);
    let r = &o;
    println!("{:?} {:?}", old, r);
    let _ = o.insert(3);
    println!("{:?}", o);

    let mut w = vec![1];
    w.push(w.len());
    w.resize(w.len() + 2, 0);
    let tail = w.split_off(1);
    let x = w.swap_remove(0);
    println!("{:?} {:?} {x}", w, tail);

    let mut m2: HashMap<i32, i32> = HashMap::new();
    m2.insert(1, 1);
    for v in m2.values_mut() { *v += 1; }
    for (_, v) in m2.iter_mut() { *v *= 2; }
    println!("{:?}", m2);
}
