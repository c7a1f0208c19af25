// The entry API matched as an enum (Entry::Occupied / Entry::Vacant), ranges over String keys,
// [T; N].into() for a set, and the BinaryHeap / HashMap helpers used together in one program.
use std::collections::{BTreeMap, BTreeSet, BinaryHeap, HashMap, HashSet};
use std::collections::btree_map::Entry;

fn top_n(m: &BTreeMap<String, u32>, n: usize) -> Vec<(&String, &u32)> {
    let mut v: Vec<_> = m.iter().collect();
    v.sort_by(|a, b| b.1.cmp(a.1));
    v.truncate(n);
    v
}

fn main() {
    let mut m: BTreeMap<String, u32> = BTreeMap::new();
    for w in "a b c a b a d".split(' ') {
        *m.entry(w.to_string()).or_insert(0) += 1;
    }
    println!("{:?}", top_n(&m, 2));
    if let Some(mut e) = m.first_entry() {
        *e.get_mut() += 100;
    }
    let firsts: Vec<_> = m.range("b".to_string()..).map(|(k, v)| format!("{k}={v}")).collect();
    println!("{}", firsts.join(" "));
    match m.entry("z".to_string()) {
        Entry::Occupied(o) => println!("occupied {}", o.get()),
        Entry::Vacant(v) => { v.insert(1); println!("vacant"); }
    }
    match m.entry("a".to_string()) {
        Entry::Occupied(mut o) => { *o.get_mut() += 1; println!("occupied {}", o.get()) }
        Entry::Vacant(v) => { v.insert(1); }
    }
    let mut total = 0;
    for (_, v) in m.range_mut(.."c".to_string()) {
        *v *= 2;
        total += *v;
    }
    println!("{total} {:?}", m);
    let high = m.split_off("c");
    println!("{:?} {:?}", m.keys().collect::<Vec<_>>(), high.values().sum::<u32>());
    let mut s: BTreeSet<i32> = [5, 1, 9].into();
    s.extend([3, 7]);
    let below: Vec<i32> = s.range(..6).copied().collect();
    println!("{:?} {:?} {:?}", below, s.first(), s.last());
    let h: HashSet<i32> = s.iter().map(|x| x % 3).collect();
    let mut hv: Vec<_> = h.into_iter().collect();
    hv.sort();
    println!("{:?}", hv);
    let mut heap: BinaryHeap<(u32, &str)> = BinaryHeap::new();
    heap.push((2, "b"));
    heap.push((5, "a"));
    let mut seen = Vec::new();
    for (p, name) in heap.iter() {
        seen.push(format!("{p}{name}"));
    }
    seen.sort();
    println!("{:?} cap>=2 {}", seen, heap.capacity() >= 2);
    let mut hm: HashMap<&str, Vec<u32>> = HashMap::new();
    hm.entry("x").or_default().push(1);
    hm.entry("x").or_default().push(2);
    let n: usize = hm.values().map(|v| v.len()).sum();
    let removed: Vec<(&str, Vec<u32>)> = hm.extract_if(|_, v| v.len() > 1).collect();
    println!("{n} {:?} {}", removed, hm.is_empty());
}
