use std::collections::BTreeMap;

fn main() {
    let scores = BTreeMap::from([("kim", 3, 'a'), ("lee", 4)]);
    println!("{:?}", scores);
}
