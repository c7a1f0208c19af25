fn main() {
    let mut s = String::from("a");
    let r = &s;
    r.push('b');
    println!("{s}");
}
