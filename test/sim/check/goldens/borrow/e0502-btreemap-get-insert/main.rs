use std::collections::BTreeMap;
fn main() {
    let mut m = BTreeMap::new();
    m.insert(1, 2);
    let r = m.get(&1);
    m.insert(3, 4);
    println!("{:?}", r);
}
