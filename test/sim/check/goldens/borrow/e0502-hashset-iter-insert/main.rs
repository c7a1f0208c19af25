use std::collections::HashSet;
fn main() {
    let mut s: HashSet<i32> = HashSet::new();
    s.insert(1);
    let it = s.iter();
    s.insert(2);
    println!("{}", it.count());
}
