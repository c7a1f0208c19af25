fn main() {
    let words = ["a", "b"];
    let v = Vec::from(&words[..]);
    let w = v;
    println!("{:?} {:?}", v, w);
}
