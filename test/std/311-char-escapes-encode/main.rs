// Characters as text and as code units: the three escape forms, encoding into caller-provided UTF-8 and
// UTF-16 buffers, ASCII case changes in place, and decoding UTF-16 (with a lone surrogate) back to chars.
fn show_escapes(c: char) {
    println!("{:?}: default [{}] unicode [{}] debug [{}]", c, c.escape_default(), c.escape_unicode(), c.escape_debug());
}

fn main() {
    for c in ['a', 'Z', ' ', '\t', '\n', '\'', '"', '\\', 'ß', '한', '\u{301}', '\u{7f}', '🦀'] {
        show_escapes(c);
    }
    let escaped: String = '\r'.escape_default().collect();
    println!("{} {} {}", escaped, escaped.len(), 'é'.escape_unicode().count());
    println!("{} {}", '\u{1f980}'.escape_unicode().to_string(), '\0'.escape_debug());
    println!("{:?} {:?}", 'q'.escape_default(), '\n'.escape_debug());

    let mut buf = [0u8; 4];
    for c in ['A', 'é', '한', '🦀'] {
        let s = c.encode_utf8(&mut buf);
        let len = s.len();
        println!("{c}: {len} bytes {:?} -> {:?}", &buf[..len], std::str::from_utf8(&buf[..len]));
    }
    let mut units = [0u16; 2];
    for c in ['A', '한', '🦀'] {
        let u = c.encode_utf16(&mut units);
        println!("{c}: {} units {:x?}", u.len(), u);
    }

    let mut letter = 'm';
    letter.make_ascii_uppercase();
    let mut other = 'Ä';
    other.make_ascii_lowercase();
    let mut digit = '7';
    digit.make_ascii_lowercase();
    println!("{} {} {}", letter, other, digit);
    println!("{} {} {}", 'Q'.to_ascii_lowercase(), 'ß'.to_ascii_lowercase(), '!'.to_ascii_lowercase());

    // "Hi 🦀" as UTF-16, then the same with the low half of the crab missing.
    let good = [0x48u16, 0x69, 0x20, 0xD83E, 0xDD80];
    let text: String = char::decode_utf16(good).map(|r| r.unwrap()).collect();
    println!("{text}");
    let broken = [0x48u16, 0xD83E, 0x69, 0xDD80];
    for r in char::decode_utf16(broken.iter().copied()) {
        match r {
            Ok(c) => println!("ok {c:?}"),
            Err(e) => println!("error: {e} (unit {:#x})", e.unpaired_surrogate()),
        }
    }
    let lossy: String = char::decode_utf16(broken).map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER)).collect();
    println!("{lossy}");
}
