fn main() {
    let a = vec!["x", "y"];
    let b = vec!["x", "z"];
    assert_eq!(a, b, "vectors differ at index {}", 1);
}
