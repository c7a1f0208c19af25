use std::collections::HashMap;

fn main() {
    let v = vec![1, 2, 3];
    let b = v.clone().into_boxed_slice();
    let w: Vec<i32> = (&v).into_iter().map(|x| x * 2).collect();
    let s = String::from("abc");
    let bytes = s.into_bytes();
    let mut m = HashMap::new();
    m.insert(1, "one");
    let vals: Vec<&str> = m.clone().into_values().collect();
    let n = m.len();
    let t = String::from("xy");
    let _ = t.into_boxed_str();
    println!("{:?} {:?} {:?} {} {:?} {:?}", b, v, w, n, bytes, vals);
}
