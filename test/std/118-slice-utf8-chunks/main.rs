// Reading bytes that may not be UTF-8: utf8_chunks yields each valid run with the broken bytes after it
// (a truncated sequence is kept whole), which is how a lossy decoder replaces them with U+FFFD.
fn lossy(bytes: &[u8]) -> String {
    let mut out = String::new();
    for chunk in bytes.utf8_chunks() {
        out.push_str(chunk.valid());
        if !chunk.invalid().is_empty() {
            out.push('\u{FFFD}');
        }
    }
    out
}

fn main() {
    let samples: [&[u8]; 6] = [b"plain", b"ok\xF0\x90\x80 bad\xffend", b"\xe2\x82", b"caf\xc3\xa9!", b"\xed\xa0\x80x", b""];
    for s in samples {
        let chunks: Vec<(&str, &[u8])> = s.utf8_chunks().map(|c| (c.valid(), c.invalid())).collect();
        println!("{:?} -> {:?}", chunks, lossy(s));
    }
    let first = b"a\xffb".utf8_chunks().next().unwrap();
    println!("{:?}", first);
    println!("{}", lossy(b"x\xc0\xafy") == String::from_utf8_lossy(b"x\xc0\xafy"));
}
