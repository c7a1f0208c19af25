use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

#[derive(Hash, PartialEq, Eq, Debug, Clone)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Hash, Debug)]
enum Shape {
    Dot(Point),
    Line(Point, Point),
    Nothing,
}

// Two accounts are "the same" when their ids match: hash only the id.
struct Account {
    id: u64,
    balance: i64,
}

impl Hash for Account {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.id.hash(state);
    }
}

fn fingerprint<T: Hash + ?Sized>(value: &T) -> u64 {
    let mut hasher = DefaultHasher::new();
    value.hash(&mut hasher);
    hasher.finish()
}

fn main() {
    println!("empty hasher: {}", DefaultHasher::new().finish());
    let p = Point { x: 3, y: -4 };
    println!("point {:?} -> {}", p, fingerprint(&p));
    println!("equal values hash equal: {}", fingerprint(&p) == fingerprint(&p.clone()));
    println!("(3, -4) tuple -> {}", fingerprint(&(3i32, -4i32)));

    let shapes = vec![Shape::Dot(Point { x: 0, y: 0 }), Shape::Line(Point { x: 1, y: 1 }, Point { x: 2, y: 2 }), Shape::Nothing];
    for s in &shapes {
        println!("{:?} -> {}", s, fingerprint(s));
    }

    let a = Account { id: 7, balance: 100 };
    let b = Account { id: 7, balance: -5 };
    println!("accounts {} {} same={} (balances {} {})", fingerprint(&a), fingerprint(&b), fingerprint(&a) == fingerprint(&b), a.balance, b.balance);
    println!("id alone {}", fingerprint(&7u64));

    for word in ["apple", "banana", ""] {
        println!("{:?} -> {}", word, fingerprint(&word));
    }
    println!("String same as &str: {}", fingerprint(&String::from("apple")) == fingerprint(&"apple"));
    println!("chars {} bools {} {}", fingerprint(&'가'), fingerprint(&true), fingerprint(&false));
    println!("vec {} slice {} array {}", fingerprint(&vec![1u8, 2, 3]), fingerprint(&[1u8, 2, 3][..]), fingerprint(&[1u8, 2, 3]));
    println!("option {} {}", fingerprint(&Some(10u32)), fingerprint(&None::<u32>));

    // Feed the hasher step by step: several writes hash like their bytes in a row.
    let mut h = DefaultHasher::new();
    h.write_u32(0xdead_beef);
    h.write(&[1, 2, 3]);
    h.write_u8(9);
    h.write_i64(-1);
    let snapshot = h.clone();
    h.write_usize(5);
    println!("manual {} snapshot {}", h.finish(), snapshot.finish());
    let mut h2 = DefaultHasher::new();
    Hash::hash_slice(&[p.clone(), Point { x: 1, y: 2 }], &mut h2);
    println!("hash_slice {}", h2.finish());
    let mut h3 = DefaultHasher::new();
    p.hash(&mut h3);
    Point { x: 1, y: 2 }.hash(&mut h3);
    println!("same as hashing each: {}", h3.finish() == h2.finish());
}
