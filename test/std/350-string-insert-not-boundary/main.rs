// String::insert at a byte offset inside a multi-byte char panics: offsets are bytes, not chars.
fn main() {
    let mut word = String::from("café");
    word.insert(4, '!');
    println!("{word}");
    word.insert(0, '¡');
    println!("{word} has {} bytes", word.len());
    word.insert(2, '-');
    println!("{word}");
}
