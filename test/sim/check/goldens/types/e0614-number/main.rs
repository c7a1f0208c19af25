fn main() {
    let count: u32 = 4;
    let doubled = *count * 2;
    println!("{doubled}");
}
