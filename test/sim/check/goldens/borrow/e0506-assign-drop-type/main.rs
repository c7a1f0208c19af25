fn main() {
    let mut s = String::from("x");
    let r = &s;
    s = String::from("y");
    println!("{r} {s}");
}
