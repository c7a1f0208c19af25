fn main() {
    let a = 3;
    let b = &a;
    assert_eq!(3, b);
}
