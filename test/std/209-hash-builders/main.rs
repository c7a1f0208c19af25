// A HashMap / HashSet built with an explicit hasher builder (RandomState): with_hasher,
// with_capacity_and_hasher and hasher(). The builder is shared by clones, so equal keys hash alike.
use std::collections::hash_map::RandomState;
use std::collections::{HashMap, HashSet};

fn main() {
    let state = RandomState::new();
    let mut ages: HashMap<&str, u32, RandomState> = HashMap::with_hasher(state);
    ages.insert("민지", 21);
    ages.insert("서준", 34);
    println!("{} entries, 민지 {:?}, capacity {}", ages.len(), ages.get("민지"), ages.capacity());
    let _builder: &RandomState = ages.hasher();
    println!("{:?}", ages.hasher());

    let mut ids = HashSet::with_capacity_and_hasher(20, RandomState::new());
    for id in [7, 3, 7, 9] {
        ids.insert(id);
    }
    let mut v: Vec<_> = ids.iter().copied().collect();
    v.sort();
    println!("{:?} capacity {}", v, ids.capacity());
    println!("{:?}", ids.hasher());

    let tags: HashSet<String, RandomState> = HashSet::with_hasher(RandomState::default());
    println!("tags empty: {}", tags.is_empty());
    let scores: HashMap<u8, u8, _> = HashMap::with_capacity_and_hasher(3, RandomState::new());
    println!("scores capacity {}", scores.capacity());
}
