// Decoding bytes that may not be UTF-8: what the errors say, where the valid prefix ends, and getting
// the bytes back from a failed String::from_utf8.
fn decode(bytes: &[u8]) {
    match std::str::from_utf8(bytes) {
        Ok(s) => println!("{s:?}"),
        Err(e) => {
            let good = &bytes[..e.valid_up_to()];
            println!("error: {e}; valid prefix {:?}, error_len {:?}", std::str::from_utf8(good).unwrap(), e.error_len());
        }
    }
}

fn main() {
    decode(b"plain");
    decode("café".as_bytes());
    decode(&[b'a', 0xff, b'b']);
    decode(&[b'a', b'b', 0xe2, 0x82]);
    decode(&[0xe2, 0x28, 0xa1]);
    decode(&[0xf0, 0x9f, 0xa6, 0x80, 0xc0]);
    match String::from_utf8(vec![b'h', b'i', 0x80]) {
        Ok(s) => println!("{s}"),
        Err(e) => {
            println!("{e}");
            println!("{:?}", e.utf8_error());
            println!("{:?}", e.as_bytes());
            let raw: Vec<u8> = e.into_bytes();
            println!("{raw:?} -> {}", String::from_utf8_lossy(&raw));
        }
    }
    let r: Result<String, _> = String::from_utf8(vec![0xc3, 0xa9]);
    println!("{r:?}");
}
