fn main() {
    let mut v = vec![1];
    let mut a = || v.push(2);
    let mut b = || v.push(3);
    a();
    b();
}
