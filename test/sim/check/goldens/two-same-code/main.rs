fn main() {
    println!("{}", aaa);
    println!("{}", bbb);
}
