fn main() {
    let v = vec![10, 20, 30];
    let s = "abc";
    println!("{:?} {:?}", v.get(-1), s.get(-1..));
}
