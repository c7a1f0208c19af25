fn main() {
    let a: i8 = 4;
    let b: Option<i8> = Some(2);
    let c = a + b;
    println!("{c}");
}
