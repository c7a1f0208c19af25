fn main() {
    let mut v = vec![1];
    let r = &v;
    let mut a = || v.push(2);
    a();
    println!("{:?}", r);
}
