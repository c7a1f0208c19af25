// encode_utf8 into a buffer too small for the char panics inside core.
fn main() {
    let mut buf = [0u8; 2];
    for c in ['x', 'é', '한'] {
        let s = c.encode_utf8(&mut buf);
        println!("{c} fits: {}", s.len());
    }
}
