use std::collections::{BTreeMap, HashMap};
#[derive(Debug)]
struct D(u32);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); } }
fn main() {
    let mut m = BTreeMap::new();
    m.insert(1, D(100)); m.insert(2, D(200)); m.insert(3, D(300));
    let ks: Vec<i32> = m.into_keys().rev().take(1).collect();
    println!("{:?}", ks);
    let h: HashMap<i32, i32> = HashMap::new();
    println!("{}", h.iter().len());
    let mut b = BTreeMap::new();
    b.insert("x", D(1)); b.insert("y", D(2)); b.insert("z", D(3));
    {
        let mut vs = b.into_values();
        let last = vs.next_back();
        println!("{:?}", last);
        let first = vs.next();
        println!("{:?}", first);
    }
    let mut s = std::collections::BTreeSet::new();
    s.insert(5); s.insert(1); s.insert(3);
    let mut si = s.into_iter();
    println!("{:?} {:?} {:?}", si.next_back(), si.next(), si.len());
}
