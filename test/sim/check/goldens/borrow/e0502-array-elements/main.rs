fn main() {
    let mut list = [1, 2, 3];
    let a = &mut list[0];
    let b = &list[1];
    *a += *b;
}
