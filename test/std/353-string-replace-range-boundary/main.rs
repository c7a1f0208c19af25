// replace_range wants both ends of the range on char boundaries.
fn main() {
    let mut s = String::from("naïve text");
    s.replace_range(5.., "TEXT");
    println!("{s}");
    s.replace_range(0..3, "NA");
    println!("{s}");
}
