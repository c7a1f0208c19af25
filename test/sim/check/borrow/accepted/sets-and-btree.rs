// HashSet / BTreeSet / BTreeMap borrows rustc accepts: lookups used before the next change, copied results,
// two-phase inserts whose argument reads the collection.
use std::collections::{BTreeMap, BTreeSet, HashSet};

fn main() {
    let mut seen = HashSet::new();
    seen.insert(1);
    let has = seen.contains(&1);
    seen.insert(seen.len() as i32 + 1);
    let n = seen.iter().count();
    seen.remove(&1);
    let mut ordered = BTreeSet::new();
    ordered.insert("b");
    ordered.insert("a");
    let first = ordered.iter().next().map(|s| s.len());
    ordered.insert("c");
    let mut m = BTreeMap::new();
    m.insert(1, String::from("one"));
    if let Some(v) = m.get(&1) { println!("{v}"); }
    m.insert(2, String::from("two"));
    let len = m.get(&2).map(|s| s.len()).unwrap_or(0);
    m.insert(3, String::new());
    println!("{has} {n} {:?} {:?} {:?} {len} {:?}", seen.len(), first, ordered, m.keys().collect::<Vec<_>>());
}
