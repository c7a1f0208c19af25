fn main() {
    let r = &vec![1, 2];
    let b = r.into_boxed_slice();
    println!("{:?}", b);
}
