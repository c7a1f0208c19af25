fn main() {
    let pool = Pool::new(4);
    println!("{}", 1);
}
