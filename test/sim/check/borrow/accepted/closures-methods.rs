// Closures and methods rustc accepts: FnMut counters passed to functions, closures borrowing then released,
// returning references from &self methods, methods chaining &mut self, Option::map with moves, iterators
// over struct fields while reading other fields, HashMap get-then-insert, early-return borrows.
use std::collections::HashMap;

struct Inventory {
    items: Vec<String>,
    counts: HashMap<String, u32>,
    name: String,
}

impl Inventory {
    fn longest(&self) -> &str {
        let mut best = "";
        for it in &self.items {
            if it.len() > best.len() {
                best = it;
            }
        }
        best
    }
    fn add(&mut self, s: &str) -> &mut Self {
        self.items.push(s.to_string());
        *self.counts.entry(s.to_string()).or_insert(0) += 1;
        self
    }
    fn count_or_insert(&mut self, key: &str) -> u32 {
        if let Some(c) = self.counts.get(key) {
            return *c;
        }
        self.counts.insert(key.to_string(), 1);
        1
    }
    fn describe(&self) -> String {
        self.items.iter().map(|i| format!("{}:{}", self.name, i)).collect::<Vec<_>>().join(" ")
    }
}

fn apply<F: FnMut(i32)>(mut f: F) {
    f(1);
    f(2);
}

fn consume<F: FnOnce() -> String>(f: F) -> String {
    f()
}

fn main() {
    let mut inv = Inventory { items: vec![], counts: HashMap::new(), name: String::from("inv") };
    inv.add("apple").add("kiwi");
    let l = inv.longest().to_string();
    inv.add("banana");
    println!("{l} {} {}", inv.count_or_insert("fig"), inv.describe());

    let mut total = 0;
    apply(|x| total += x);
    println!("{total}");

    let owned = String::from("owned");
    let out = consume(move || owned);
    println!("{out}");

    let mut seen = Vec::new();
    let mut record = |s: &str| seen.push(s.to_string());
    record("a");
    record("b");
    println!("{:?}", seen);

    let maybe = Some(String::from("m"));
    let len = maybe.map(|s| s.len()).unwrap_or(0);
    println!("{len}");

    let data = vec![1, 2, 3];
    let evens: Vec<&i32> = data.iter().filter(|x| *x % 2 == 0).collect();
    println!("{:?} {:?}", evens, data);

    let mut cache: HashMap<u32, String> = HashMap::new();
    let key = 3;
    let val = match cache.get(&key) {
        Some(v) => v.clone(),
        None => {
            let v = format!("v{key}");
            cache.insert(key, v.clone());
            v
        }
    };
    println!("{val} {}", cache.len());

    let mut words = vec![String::from("b"), String::from("a")];
    words.sort();
    let first = words.first().cloned();
    words.push(String::from("c"));
    println!("{:?} {:?}", first, words);

    let mut n = 0;
    let mut inc = || {
        n += 1;
        n
    };
    let a = inc();
    let b = inc();
    println!("{a} {b} {n}");
}
