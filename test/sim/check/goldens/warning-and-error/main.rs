fn main() {
    let unused = 5;
    let s = String::from("a");
    let t = s;
    println!("{s}");
}
