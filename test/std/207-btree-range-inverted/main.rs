// BTreeMap::range / BTreeSet::range accept empty ranges but panic (inside std) on an inverted one.
use std::collections::{BTreeMap, BTreeSet};

fn main() {
    let ages: BTreeMap<u32, &str> = BTreeMap::from([(20, "민수"), (31, "지은"), (45, "현우")]);
    println!("empty 30..30: {}", ages.range(30..30).count());
    println!("30..=30: {:?}", ages.range(30..=30).next());
    println!("21..=45: {:?}", ages.range(21..=45).collect::<Vec<_>>());
    let set: BTreeSet<u32> = ages.keys().copied().collect();
    let (lo, hi) = (40, 25);
    println!("{:?}", set.range(lo..hi).collect::<Vec<_>>());
}
