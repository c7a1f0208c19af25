// HashSet as a visited set and a tag index: get / take / replace, retain, extract_if, drain, capacity,
// and the set algebra. Iteration order is unspecified, so every listing is sorted before printing.
use std::collections::HashSet;

fn sorted<T: Ord + Clone>(it: impl Iterator<Item = T>) -> Vec<T> {
    let mut v: Vec<T> = it.collect();
    v.sort();
    v
}

fn main() {
    let mut seen: HashSet<u32> = HashSet::new();
    println!("new: len {} empty {} cap {}", seen.len(), seen.is_empty(), seen.capacity());
    let walk = [3, 7, 3, 12, 7, 7, 1, 12, 40];
    let mut repeats = 0;
    for step in walk {
        if !seen.insert(step) {
            repeats += 1;
        }
    }
    println!("visited {:?} repeats {}", sorted(seen.iter().copied()), repeats);
    println!("get 7: {:?} get 8: {:?}", seen.get(&7), seen.get(&8));
    println!("contains 40: {} remove 40: {} again: {}", seen.contains(&40), seen.remove(&40), seen.remove(&40));
    println!("take 12: {:?} take 99: {:?}", seen.take(&12), seen.take(&99));
    println!("replace 3: {:?} replace 5: {:?}", seen.replace(3), seen.replace(5));
    println!("now {:?}", sorted(seen.iter()));
    seen.clear();
    println!("cleared: {} {}", seen.is_empty(), seen.len());

    let rust: HashSet<&str> = ["memory", "ownership", "borrow", "trait", "heap"].into_iter().collect();
    let cpp: HashSet<&str> = ["memory", "pointer", "heap", "template"].into_iter().collect();
    println!("union: {:?}", sorted(rust.union(&cpp)));
    println!("intersection: {:?}", sorted(rust.intersection(&cpp)));
    println!("difference: {:?}", sorted(rust.difference(&cpp)));
    println!("symmetric: {:?}", sorted(rust.symmetric_difference(&cpp)));
    let common: HashSet<&str> = rust.intersection(&cpp).cloned().collect();
    println!("subset {} superset {} disjoint {}", common.is_subset(&rust), cpp.is_superset(&common), rust.is_disjoint(&HashSet::from(["x"])));

    let mut nums: HashSet<i32> = (1..=20).collect();
    nums.retain(|n| n % 3 != 0);
    println!("retain: {} left", nums.len());
    let mut evens: Vec<i32> = nums.extract_if(|n| n % 2 == 0).collect();
    evens.sort();
    println!("extract_if: {:?}", evens);
    println!("odd non-multiples of 3: {:?}", sorted(nums.iter()));
    let mut all: Vec<i32> = nums.drain().collect();
    all.sort_unstable_by(|a, b| b.cmp(a));
    println!("drain: {:?} then len {}", all, nums.len());

    let mut bytes: HashSet<u8> = HashSet::with_capacity(3);
    println!("with_capacity(3) of u8: {}", bytes.capacity());
    bytes.extend(b"hello world".iter().copied());
    println!("{} distinct bytes, cap {}", bytes.len(), bytes.capacity());
    let mut wide: HashSet<u64> = HashSet::new();
    wide.reserve(20);
    println!("reserve(20): {}", wide.capacity());
    for i in 0..5 {
        wide.insert(i);
    }
    wide.shrink_to(10);
    println!("shrink_to(10): {}", wide.capacity());
    wide.shrink_to_fit();
    println!("shrink_to_fit: {}", wide.capacity());
    println!("try_reserve: {:?} -> {}", wide.try_reserve(10), wide.capacity());
    let letters: HashSet<char> = "abracadabra".chars().collect();
    println!("letters: {:?}", sorted(letters.into_iter()));
}
