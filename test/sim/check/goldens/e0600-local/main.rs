fn main() {
    let n: u32 = 5;
    let m = -n;
    println!("{}", m);
}
