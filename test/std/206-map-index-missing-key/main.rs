// Indexing a map with `map[&key]` reads the value, and panics (no entry found for key) when it is absent.
use std::collections::{BTreeMap, HashMap};

fn main() {
    let mut prices: HashMap<&str, u32> = HashMap::new();
    prices.insert("커피", 4500);
    prices.insert("차", 4000);
    println!("커피 {}원, 차 {}원", prices["커피"], prices["차"]);
    let menu: BTreeMap<u8, &str> = BTreeMap::from([(1, "김밥"), (2, "라면"), (3, "떡볶이")]);
    let total: u32 = [1u8, 3].iter().map(|k| menu[k].chars().count() as u32).sum();
    println!("글자 수 {}", total);
    for k in [2u8, 4] {
        println!("{}번: {}", k, menu[&k]);
    }
}
