// BTreeSet as an ordered set of seat numbers and tags: set algebra in order, ranges, split_off,
// append, extract_if, take / replace, pop_first / pop_last.
use std::collections::BTreeSet;

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Clone)]
struct Tag {
    name: &'static str,
    version: u32,
}

fn main() {
    let mut seats: BTreeSet<u32> = BTreeSet::new();
    println!("new: {} {}", seats.len(), seats.is_empty());
    for s in [14, 3, 27, 8, 3, 19, 1, 22] {
        let fresh = seats.insert(s);
        if !fresh {
            println!("seat {} was already taken", s);
        }
    }
    println!("{:?} len={}", seats, seats.len());
    println!("contains 8? {} 9? {}", seats.contains(&8), seats.contains(&9));
    println!("get: {:?} {:?}", seats.get(&19), seats.get(&20));
    println!("first/last: {:?} {:?}", seats.first(), seats.last());
    println!("range 5..20: {:?}", seats.range(5..20).collect::<Vec<_>>());
    println!("range ..=8 rev: {:?}", seats.range(..=8).rev().collect::<Vec<_>>());
    println!("remove 14: {} again: {}", seats.remove(&14), seats.remove(&14));

    let back = seats.split_off(&15);
    println!("front {:?} back {:?}", seats, back);
    let mut more: BTreeSet<u32> = [2, 8, 30].into_iter().collect();
    seats.append(&mut more);
    println!("after append: {:?} (other: {:?})", seats, more);

    let a: BTreeSet<u32> = (1..=10).collect();
    let b: BTreeSet<u32> = (1..=10).filter(|x| x % 3 == 0).chain([12, 15]).collect();
    println!("union: {:?}", a.union(&b).collect::<Vec<_>>());
    println!("intersection: {:?}", a.intersection(&b).collect::<Vec<_>>());
    println!("difference: {:?}", a.difference(&b).collect::<Vec<_>>());
    println!("b - a: {:?}", b.difference(&a).cloned().collect::<Vec<u32>>());
    println!("symmetric: {:?}", a.symmetric_difference(&b).collect::<Vec<_>>());
    let small: BTreeSet<u32> = BTreeSet::from([3, 6]);
    println!("subset {} superset {} disjoint {}", small.is_subset(&a), a.is_superset(&small), small.is_disjoint(&back));
    println!("b subset of a: {}", b.is_subset(&a));

    let mut evens = a.clone();
    evens.retain(|x| x % 2 == 0);
    println!("retain evens: {:?}", evens);
    let mut odds_removed = a.clone();
    let big: Vec<u32> = odds_removed.extract_if(4.., |x| x % 2 == 1).collect();
    println!("extract_if 4..: {:?} left {:?}", big, odds_removed);
    let all_small: BTreeSet<u32> = odds_removed.extract_if(.., |x| *x < 4).collect();
    println!("extract_if ..: {:?} left {:?}", all_small, odds_removed);
    println!("pop_first {:?} pop_last {:?}", odds_removed.pop_first(), odds_removed.pop_last());
    println!("now {:?}", odds_removed);
    odds_removed.clear();
    let none = odds_removed.pop_last();
    println!("cleared: {} {:?} {:?}", odds_removed.is_empty(), odds_removed.first(), none);

    let mut tags = BTreeSet::new();
    tags.insert(Tag { name: "rust", version: 1 });
    tags.insert(Tag { name: "book", version: 2 });
    tags.insert(Tag { name: "heap", version: 1 });
    for t in &tags {
        println!("tag {} v{}", t.name, t.version);
    }
    let old = tags.replace(Tag { name: "book", version: 2 });
    println!("replace existing: {:?}", old);
    println!("replace new: {:?}", tags.replace(Tag { name: "memory", version: 3 }));
    println!("take: {:?}", tags.take(&Tag { name: "heap", version: 1 }));
    println!("take missing: {:?}", tags.take(&Tag { name: "heap", version: 1 }));
    println!("{:?}", tags.iter().map(|t| t.name).collect::<Vec<_>>());

    let words = "to be or not to be that is the question";
    let uniq: BTreeSet<&str> = words.split(' ').collect();
    println!("{} unique: {:?}", uniq.len(), uniq);
    let mut lens = BTreeSet::new();
    for w in &uniq {
        lens.insert(w.len());
    }
    println!("lengths: {:?}", lens);
}
