// extend_from_within with a range ending inside a multi-byte char panics at the call.
fn main() {
    let mut s = String::from("añb");
    s.extend_from_within(0..1);
    println!("{s}");
    s.extend_from_within(0..2);
    println!("{s}");
}
