fn main() {
    let mut list = vec![1, 2, 3];
    let a = &list[0];
    let b = &mut list[1];
    *b += *a;
}
