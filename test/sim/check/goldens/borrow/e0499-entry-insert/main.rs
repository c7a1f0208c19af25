use std::collections::HashMap;
fn main() {
    let mut m: HashMap<&str, i32> = HashMap::new();
    let c = m.entry("a").or_insert(0);
    m.insert("b", 1);
    *c += 1;
    println!("{:?}", m.len());
}
