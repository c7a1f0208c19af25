// str::get with ranges: None for out-of-bounds and for offsets that are not char boundaries.
fn main() {
    let s = "Rust러스트";
    println!("{:?} {:?}", s.get(4..6), s.get(4..7));
    println!("{:?} {:?} {:?}", s.get(..4), s.get(7..), s.get(5..));
    println!("{:?} {:?}", s.get(0..=3), s.get(4..=6));
    println!("{:?} {:?}", s.get(3..20), s.get(2..1));
    println!("{:?}", s.get(..));
    let t = String::from("héllo");
    println!("{:?} {:?} {:?}", t.get(1..3), t.get(1..2), t.get(3..));
    println!("{} {} {}", s.is_char_boundary(5), s.is_char_boundary(7), t.is_char_boundary(2));
}
