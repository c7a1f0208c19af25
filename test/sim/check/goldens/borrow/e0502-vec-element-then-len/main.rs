fn main() {
    let mut list = vec![1, 2, 3];
    let a = &mut list[0];
    println!("{}", list.len());
    *a += 1;
}
