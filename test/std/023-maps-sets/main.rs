// HashMap / BTreeMap / HashSet / BTreeSet: insert / get / remove / entry API / iteration / retain /
// range / pop_first / set algebra. Hash containers are printed sorted (their order is unspecified).
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

fn sorted<K: Ord + Clone, V: Clone>(m: &HashMap<K, V>) -> Vec<(K, V)> {
    let mut v: Vec<(K, V)> = m.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    v.sort_by(|a, b| a.0.cmp(&b.0));
    v
}

fn main() {
    let mut m: HashMap<String, i32> = HashMap::new();
    println!("{:?} {}", m.insert("a".to_string(), 1), m.len());
    println!("{:?}", m.insert("a".to_string(), 2));
    m.insert("b".to_string(), 3);
    m.insert("c".to_string(), 4);
    println!("{:?} {:?} {} {}", m.get("a"), m.get("z"), m.contains_key("b"), m.is_empty());
    if let Some(v) = m.get_mut("b") {
        *v *= 10;
    }
    println!("{:?} {:?} {:?}", m.remove("c"), m.remove("c"), m.get_key_value("b"));
    *m.entry("d".to_string()).or_insert(0) += 5;
    m.entry("a".to_string()).and_modify(|v| *v += 100).or_insert(0);
    m.entry("e".to_string()).or_insert_with(|| 7);
    println!("{:?}", sorted(&m));
    m.retain(|_, v| *v > 5);
    println!("{:?} {}", sorted(&m), m.len());
    let mut keys: Vec<String> = m.keys().cloned().collect();
    keys.sort();
    let mut total: i32 = m.values().sum();
    for v in m.values_mut() {
        *v += 1;
    }
    total += m.values().count() as i32;
    println!("{:?} {}", keys, total);
    println!("{:?}", m.remove_entry("e"));
    let pairs: HashMap<char, usize> = "hello".chars().zip(0..).collect();
    println!("{:?}", sorted(&pairs));
    let from_arr = HashMap::from([(1, "one"), (2, "two")]);
    println!("{:?} {}", sorted(&from_arr), from_arr[&2]);
    m.clear();
    println!("{}", m.is_empty());

    let mut b = BTreeMap::new();
    for (i, w) in ["pear", "apple", "fig", "kiwi"].iter().enumerate() {
        b.insert(*w, i);
    }
    println!("{:?}", b);
    println!("{:?} {:?}", b.first_key_value(), b.last_key_value());
    println!("{:?}", b.range("b".."l").collect::<Vec<_>>());
    println!("{:?} {:?} {}", b.pop_first(), b.pop_last(), b.len());
    let counts = "abracadabra".chars().fold(BTreeMap::new(), |mut acc, c| {
        *acc.entry(c).or_insert(0) += 1;
        acc
    });
    println!("{:?}", counts);
    let inverted: BTreeMap<i32, char> = counts.iter().map(|(&c, &n)| (n, c)).collect();
    println!("{:?}", inverted);
    let vals: Vec<i32> = counts.into_values().collect();
    println!("{:?}", vals);

    let a: HashSet<i32> = [1, 2, 3, 4].into_iter().collect();
    let c: HashSet<i32> = HashSet::from([3, 4, 5]);
    let mut u: Vec<_> = a.union(&c).cloned().collect();
    u.sort();
    let mut i: Vec<_> = a.intersection(&c).collect();
    i.sort();
    let mut d: Vec<_> = a.difference(&c).collect();
    d.sort();
    let mut s: Vec<_> = a.symmetric_difference(&c).collect();
    s.sort();
    println!("{:?} {:?} {:?} {:?}", u, i, d, s);
    let small: HashSet<i32> = HashSet::from([1, 2]);
    println!("{} {} {} {}", small.is_subset(&a), a.is_superset(&small), small.is_disjoint(&c), a.contains(&9));
    let mut hs = HashSet::new();
    println!("{} {} {} {}", hs.insert("x"), hs.insert("x"), hs.len(), hs.remove("x"));
    let mut bs: BTreeSet<char> = "mississippi".chars().collect();
    println!("{:?} {:?} {:?}", bs, bs.first(), bs.last());
    bs.retain(|&c| c != 's');
    println!("{:?}", bs);
    let first = bs.pop_first();
    println!("{:?} {}", first, bs.contains(&'p'));
    let evens: BTreeSet<u32> = (1..=10).filter(|x| x % 2 == 0).collect();
    println!("{:?} {:?}", evens.range(3..8).collect::<Vec<_>>(), evens.iter().rev().next());
}
