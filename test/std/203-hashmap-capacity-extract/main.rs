// HashMap beyond insert/get: capacity and reserve, iter_mut, extract_if, get_disjoint_mut, drain,
// into_values, entry().insert_entry. Iteration order is unspecified, so results are sorted first.
use std::collections::HashMap;

fn sorted<K: Ord + Clone, V: Clone>(m: &HashMap<K, V>) -> Vec<(K, V)> {
    let mut v: Vec<(K, V)> = m.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    v.sort_by(|a, b| a.0.cmp(&b.0));
    v
}

fn main() {
    let mut stock: HashMap<String, u32> = HashMap::with_capacity(10);
    println!("with_capacity(10): cap {} len {}", stock.capacity(), stock.len());
    for (item, n) in [("사과", 5), ("배", 2), ("감", 9), ("귤", 0), ("포도", 4)] {
        stock.insert(item.to_string(), n);
    }
    println!("cap after 5: {}", stock.capacity());
    for (_, n) in stock.iter_mut() {
        *n *= 2;
    }
    println!("{:?}", sorted(&stock));

    let mut sold_out: Vec<(String, u32)> = stock.extract_if(|_, n| *n == 0).collect();
    sold_out.sort();
    println!("extract_if: {:?} left {}", sold_out, stock.len());
    let mut low: Vec<String> = stock.extract_if(|_, n| { *n += 1; *n < 6 }).map(|(k, _)| k).collect();
    low.sort();
    println!("low: {:?} / {:?}", low, sorted(&stock));

    if let [Some(a), Some(b)] = stock.get_disjoint_mut(["사과", "감"]) {
        std::mem::swap(a, b);
    }
    let [x, y] = stock.get_disjoint_mut(["사과", "없음"]);
    println!("disjoint: {:?} {:?}", x, y);
    println!("after swap: {:?}", sorted(&stock));

    let e = stock.entry("망고".to_string()).insert_entry(7);
    println!("insert_entry: {} {}", e.key(), e.get());
    let e = stock.entry("망고".to_string()).insert_entry(8);
    println!("insert_entry again: {}", e.get());
    println!("{:?}", sorted(&stock));

    let mut totals: Vec<u32> = stock.clone().into_values().collect();
    totals.sort();
    println!("into_values: {:?}", totals);
    let mut drained: Vec<(String, u32)> = stock.drain().collect();
    drained.sort();
    println!("drain: {:?}", drained);
    println!("after drain: len {} empty {} cap {}", stock.len(), stock.is_empty(), stock.capacity());
    stock.shrink_to_fit();
    println!("shrink_to_fit: {}", stock.capacity());

    let mut ids: HashMap<u64, u64> = HashMap::new();
    print!("growth:");
    let mut last = ids.capacity();
    for i in 0..100 {
        ids.insert(i, i * i);
        if ids.capacity() != last {
            last = ids.capacity();
            print!(" {}@{}", last, i + 1);
        }
    }
    println!();
    ids.retain(|k, _| k % 10 == 0);
    // (the capacity right after removals depends on the hashes: not printed)
    println!("retain: len {}", ids.len());
    ids.shrink_to(50);
    println!("shrink_to(50): {}", ids.capacity());
    ids.shrink_to_fit();
    println!("shrink_to_fit: {}", ids.capacity());
    ids.reserve(30);
    println!("reserve(30): {}", ids.capacity());
    println!("try_reserve: {:?} cap {}", ids.try_reserve(100), ids.capacity());
    let mut keys: Vec<&u64> = ids.keys().collect();
    keys.sort();
    println!("{:?}", keys);

    let small: HashMap<u8, u8> = HashMap::from([(1, 2)]);
    let words: HashMap<&str, usize> = ["a", "bb", "ccc"].iter().map(|w| (*w, w.len())).collect();
    println!("small cap {} words cap {}", small.capacity(), words.capacity());
}
