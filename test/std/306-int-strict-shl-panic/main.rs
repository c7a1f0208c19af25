// strict_shl on a shift as wide as the type panics; checked_shl / wrapping_shl would not.
fn main() {
    let mut mask: u16 = 1;
    for bit in [3u32, 8, 15, 16] {
        println!("{:?} {}", mask.checked_shl(bit), mask.wrapping_shl(bit));
        mask = 1u16.strict_shl(bit);
        println!("bit {bit}: {mask:#018b}");
    }
}
