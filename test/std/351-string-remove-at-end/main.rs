// String::remove at the string's length: there is no char there to remove.
fn main() {
    let mut s = String::from("abc");
    println!("{}", s.remove(0));
    println!("{s}");
    let end = s.len();
    println!("{}", s.remove(end));
}
