fn main() {
    let n: i32;
    println!("{}", n);
}
