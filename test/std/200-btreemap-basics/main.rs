// BTreeMap basics: a sorted word-length table (insert/get/remove, views, retain, pop_first/last).
use std::collections::BTreeMap;

fn main() {
    let mut scores: BTreeMap<&str, u32> = BTreeMap::new();
    println!("empty: {} {}", scores.is_empty(), scores.len());
    for (name, s) in [("mina", 72), ("jun", 85), ("ara", 91), ("seo", 64), ("hyun", 78)] {
        scores.insert(name, s);
    }
    println!("{:?}", scores);
    println!("insert again: {:?}", scores.insert("jun", 88));
    println!("get: {:?} {:?}", scores.get("ara"), scores.get("nobody"));
    println!("contains: {} {}", scores.contains_key("seo"), scores.contains_key("kim"));
    if let Some(s) = scores.get_mut("seo") {
        *s += 10;
    }
    println!("get_key_value: {:?}", scores.get_key_value("seo"));
    println!("keys: {:?}", scores.keys().collect::<Vec<_>>());
    println!("values: {:?}", scores.values().collect::<Vec<_>>());
    for v in scores.values_mut() {
        *v = *v * 10 / 9;
    }
    for (k, v) in scores.iter_mut() {
        if k.len() == 3 {
            *v += 1;
        }
    }
    println!("after updates: {:?}", scores);
    println!("first/last: {:?} {:?}", scores.first_key_value(), scores.last_key_value());
    println!("remove: {:?} {:?}", scores.remove("mina"), scores.remove("mina"));
    println!("remove_entry: {:?}", scores.remove_entry("hyun"));
    println!("len: {}", scores.len());

    let mut lengths: BTreeMap<usize, Vec<&str>> = BTreeMap::new();
    let text = "the quick brown fox jumps over the lazy dog again and again";
    for w in text.split_whitespace() {
        lengths.entry(w.len()).or_default().push(w);
    }
    for (len, words) in &lengths {
        println!("{len}: {}", words.join(","));
    }
    lengths.retain(|len, words| *len > 3 || words.len() > 2);
    println!("retained: {:?}", lengths.keys().collect::<Vec<_>>());
    println!("pop_first: {:?}", lengths.pop_first());
    println!("pop_last: {:?}", lengths.pop_last());
    let total: usize = lengths.values().map(|w| w.len()).sum();
    println!("left: {} groups, {} words", lengths.len(), total);

    let copy = lengths.clone();
    let keys: Vec<usize> = copy.into_keys().collect();
    println!("into_keys: {:?}", keys);
    let values: Vec<Vec<&str>> = lengths.clone().into_values().collect();
    println!("into_values: {:?}", values);
    lengths.clear();
    println!("cleared: {} {:?}", lengths.is_empty(), lengths);

    let mut count: BTreeMap<char, usize> = BTreeMap::new();
    for c in "mississippi".chars() {
        *count.entry(c).or_insert(0) += 1;
    }
    println!("{:?}", count);
    let mut by_count: Vec<(char, usize)> = count.into_iter().collect();
    by_count.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    println!("{:?}", by_count);
}
