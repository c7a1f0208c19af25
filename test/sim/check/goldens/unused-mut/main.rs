fn main() {
    let mut count = 0;
    let s = String::from("x");
    let t = s;
    println!("{s}");
}
