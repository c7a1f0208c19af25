// When a BTreeMap is dropped its entries go in key order, each key before its value; a BTreeSet's
// elements in order; removed entries drop where the removal happens.
use std::collections::{BTreeMap, BTreeSet};

#[derive(PartialEq, Eq, PartialOrd, Ord, Debug)]
struct Noisy(u32, &'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}{}", self.1, self.0);
    }
}

fn main() {
    {
        let mut m = BTreeMap::new();
        for i in [3, 1, 2] {
            m.insert(Noisy(i, "k"), Noisy(i * 10, "v"));
        }
        println!("removing 2");
        m.remove(&Noisy(2, "k"));
        println!("end of scope");
    }
    {
        let mut s = BTreeSet::new();
        for i in (1..=600).rev() {
            s.insert(Noisy(i, "s"));
        }
        s.retain(|n| n.0 % 200 == 0 || n.0 > 598);
        println!("kept {}", s.len());
    }
    println!("done");
}
