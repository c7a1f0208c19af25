fn main() {
    let a: i32 = 4;
    let b: Option<i32> = Some(2);
    let c = a + b;
    println!("{c}");
}
