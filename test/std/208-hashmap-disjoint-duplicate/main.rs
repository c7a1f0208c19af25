// get_disjoint_mut hands out several `&mut` at once; asking twice for the same key panics.
use std::collections::HashMap;

fn main() {
    let mut accounts: HashMap<&str, i64> = HashMap::from([("alice", 100), ("bob", 20)]);
    if let [Some(from), Some(to)] = accounts.get_disjoint_mut(["alice", "bob"]) {
        *from -= 30;
        *to += 30;
    }
    println!("alice {} bob {}", accounts["alice"], accounts["bob"]);
    let who = "bob";
    let [a, b] = accounts.get_disjoint_mut([who, "bob"]);
    println!("{:?} {:?}", a, b);
}
