// Growing and shrinking a String's buffer, copying part of it onto its end, building it from UTF-16,
// and giving the buffer away as a Box<str> or leaking it for the rest of the program.
fn main() {
    let mut log = String::with_capacity(64);
    log.push_str("tick ");
    log.extend_from_within(..);
    log.extend_from_within(0..4);
    println!("{log:?} {} {}", log.len(), log.capacity());
    log.shrink_to_fit();
    println!("{} {}", log.len(), log.capacity());
    println!("{:?}", log.try_reserve(100));
    println!("{}", log.capacity() >= 114);
    log.shrink_to_fit();
    println!("{:?} {}", log.try_reserve_exact(6), log.capacity());

    let utf16 = [0x48u16, 0xE9, 0xD83E, 0xDD80];
    println!("{:?}", String::from_utf16(&utf16));
    let broken = [0x48u16, 0xD83E, 0x69];
    match String::from_utf16(&broken) {
        Ok(s) => println!("ok {s}"),
        Err(e) => println!("error: {e} / {e:?}"),
    }
    println!("{}", String::from_utf16_lossy(&broken));
    println!("{}", String::from_utf16_lossy(&[0xDD80, 0x21]));

    let name = String::from("Ferris");
    let boxed: Box<str> = name.into_boxed_str();
    println!("{} {} {}", boxed, boxed.len(), boxed.starts_with("Fe"));
    let config: &'static mut str = String::from("mode=fast").leak();
    config.make_ascii_uppercase();
    println!("{config}");
    let shared: &'static str = config;
    println!("{:?}", shared.split_once('='));
}
