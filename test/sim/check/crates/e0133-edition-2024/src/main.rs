unsafe fn first_byte(s: &str) -> u8 {
    s.as_bytes()[0]
}

fn main() {
    let b = first_byte("hello");
    println!("{b}");
}
