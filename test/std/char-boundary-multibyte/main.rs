fn main() {
    let s = "héllo, 世界";
    for i in [0, 1, 2, 3, 8, 9, 10, 11, 13, 14, 100] {
        println!("{} -> floor {} ceil {}", i, s.floor_char_boundary(i), s.ceil_char_boundary(i));
    }
    println!("{}", s.floor_char_boundary(usize::MAX));
}
