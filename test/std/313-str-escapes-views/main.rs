// Strings seen through escapes and UTF-16, boundaries near a multi-byte char, mutable views of a String,
// and a Box<str> turned back into a String or into bytes.
fn main() {
    let s = "say \"hi\"\tto 'Zoë'\n";
    println!("{}", s.escape_default());
    println!("{}", s.escape_debug());
    println!("{}", "Zoë".escape_unicode());
    println!("{:?}", "ab".escape_default());
    let e: String = "a\u{301}b".escape_debug().collect();
    println!("{e} {}", "\u{301}b".escape_debug());

    let units: Vec<u16> = "hé🦀".encode_utf16().collect();
    println!("{:x?} {}", units, "hé🦀".encode_utf16().count());

    let word = "naïve";
    for i in 0..=6 {
        println!("{i}: floor {} ceil {}", word.floor_char_boundary(i), word.ceil_char_boundary(i));
    }
    println!("{}", word.floor_char_boundary(99));

    let mut title = String::from("the rust book");
    title.make_ascii_uppercase();
    println!("{title}");
    title.as_mut_str().make_ascii_lowercase();
    println!("{title}");
    if let Some(part) = title.get_mut(4..8) {
        println!("got {part:?}");
    }
    println!("{:?} {:?}", title.get_mut(4..99), "naïve".to_string().get_mut(3..4));
    let (left, right) = title.split_at_mut(3);
    println!("{left:?} {right:?}");
    println!("{:?} {:?}", title.split_at_mut_checked(4), String::from("naïve").split_at_mut_checked(3));

    let mut raw = *b"caf\xc3\xa9";
    match std::str::from_utf8_mut(&mut raw) {
        Ok(text) => println!("valid: {text} ({} bytes)", text.len()),
        Err(e) => println!("invalid: {e}"),
    }
    let mut bad = [b'o', b'k', 0xff];
    println!("{:?}", std::str::from_utf8_mut(&mut bad));

    let boxed: Box<str> = String::from("boxed text").into_boxed_str();
    println!("{} {}", boxed.len(), boxed.to_uppercase());
    let again: String = boxed.clone().into_string();
    let bytes: Box<[u8]> = boxed.into_boxed_bytes();
    println!("{again} {:?}", bytes);
}
