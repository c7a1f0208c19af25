use std::collections::VecDeque;

fn main() {
    let q = VecDeque::from([1, 2, 3]);
    let v = Vec::from(q);
    let bytes = Vec::from("hi");
    let s = String::from("yo");
    let owned = Vec::from(s);
    let d = VecDeque::from(v.clone());
    let arr = [String::from("x")];
    let from_ref = Vec::from(&arr);
    println!("{:?} {:?} {:?} {:?} {:?} {:?}", v, bytes, owned, d, from_ref, arr);
}
