fn main() {
    let v = vec![1, 2, 3];
    let b = v.into_boxed_slice();
    println!("{:?} {:?}", b, v);
}
