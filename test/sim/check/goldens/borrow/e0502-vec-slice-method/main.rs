fn main() {
    let mut v = vec![1, 2, 3];
    let first = v.first();
    v.sort();
    println!("{:?}", first);
}
