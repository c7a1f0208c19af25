use std::collections::HashMap;

fn describe<K, V>(map: &HashMap<K, V>) -> usize
where
    K: Display + Clone,
    V: Debug,
{
    map.len()
}

fn main() {
    let m: HashMap<i32, i32> = HashMap::new();
    println!("{}", describe(&m));
}
