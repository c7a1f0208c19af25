// std methods called with too few or too many arguments: a map's insert, Option's unwrap_or, Vec's len.
use std::collections::HashMap;

fn main() {
    let mut stock = HashMap::new();
    stock.insert("사과".to_string(), );
    let shelf: Vec<u32> = vec![3, 1, 2];
    let missing: Option<u32> = shelf.iter().copied().find(|&n| n > 5);
    println!("{} {}", missing.unwrap_or(), shelf.len(1));
}
