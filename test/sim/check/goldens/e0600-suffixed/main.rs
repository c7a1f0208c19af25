fn main() {
    let a = -2u8;
    let b: u64 = -1u64;
    let c: u16 = -(1);
    println!("{} {} {}", a, b, c);
}
