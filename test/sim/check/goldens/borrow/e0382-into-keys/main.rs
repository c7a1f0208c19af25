use std::collections::HashMap;

fn main() {
    let mut m = HashMap::new();
    m.insert("a", 1);
    let keys: Vec<&str> = m.into_keys().collect();
    println!("{:?} {}", keys, m.len());
}
