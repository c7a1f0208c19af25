// String::remove at an offset inside 'é' panics with the char and its byte range.
fn main() {
    let mut s = String::from("résumé");
    println!("{} -> {s}", s.remove(0));
    println!("{} -> {s}", s.remove(2));
    println!("{} -> {s}", s.remove(1));
}
