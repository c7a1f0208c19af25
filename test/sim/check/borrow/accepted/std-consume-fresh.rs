fn main() {
    let mut out = Vec::new();
    for i in 0..2 {
        let v = vec![i];
        out.push(v.into_boxed_slice());
    }
    let s = String::from("ok");
    let b = s.into_bytes();
    let s = String::from_utf8(b).unwrap();
    println!("{:?} {}", out, s);
}
