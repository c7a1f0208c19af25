// Integer arithmetic with a mixed-sign operand and the remaining wrapping / overflowing variants,
// at the edges of each type (MIN / -1, borrowing past zero), and ASCII tests on u8.
fn main() {
    // A budget in u32 moved by signed deltas.
    let balance: u32 = 10;
    for delta in [5i32, -3, -20] {
        println!("{} {:?} {:?}", delta, balance.checked_sub_signed(delta), balance.saturating_sub_signed(delta));
    }
    println!("{:?} {:?}", 250u8.checked_sub_signed(-10), 3u8.overflowing_sub_signed(-128));
    println!("{} {}", 7u8.wrapping_sub_signed(10), 250u8.wrapping_sub_signed(-10));
    // Signed values moved by unsigned amounts.
    let t: i8 = -100;
    println!("{:?} {:?} {:?}", t.checked_add_unsigned(200), t.checked_add_unsigned(255), t.checked_sub_unsigned(28));
    println!("{:?} {:?}", t.checked_sub_unsigned(29), 100i8.overflowing_add_unsigned(100));
    println!("{:?} {:?}", t.overflowing_sub_unsigned(100), t.saturating_sub_unsigned(100));
    println!("{} {}", 120i8.wrapping_add_unsigned(10), (-1i32).wrapping_add_unsigned(u32::MAX));
    // Division at the one overflowing case of a signed type.
    println!("{} {} {}", i32::MIN.wrapping_div(-1), 7i32.wrapping_div(-2), 200u8.wrapping_div(7));
    println!("{:?} {:?}", i8::MIN.overflowing_div_euclid(-1), (-7i8).overflowing_div_euclid(2));
    println!("{:?} {:?}", i8::MIN.overflowing_rem_euclid(-1), (-7i8).overflowing_rem_euclid(2));
    println!("{:?} {:?}", i8::MIN.overflowing_rem(-1), i16::MIN.wrapping_rem(-1));
    println!("{} {}", i8::MIN.wrapping_div_euclid(-1), i8::MIN.wrapping_rem_euclid(-1));
    println!("{} {} {}", i32::MIN.wrapping_neg(), 5u8.wrapping_neg(), 0u32.wrapping_neg());
    // Byte-order no-ops and swaps on a little-endian machine.
    let word: u32 = 0x1122_3344;
    println!("{:#x} {:#x} {:#x} {:#x}", word.to_le(), word.to_be(), u32::from_le(word), u32::from_be(word));
    println!("{}", i16::from_be(0x0180));
    // ASCII on bytes.
    let line = b"Rust 2024!";
    let mut alnum = 0;
    let mut lower = 0;
    for b in line {
        if b.is_ascii_alphanumeric() { alnum += 1; }
        if b.is_ascii_lowercase() { lower += 1; }
    }
    println!("{} {}", alnum, lower);
    let mut b = b'q';
    b.make_ascii_uppercase();
    let mut d = b'Q';
    d.make_ascii_lowercase();
    let mut digit = b'7';
    digit.make_ascii_uppercase();
    println!("{} {} {}", b as char, d as char, digit as char);
    for byte in [b'a', b'\n', b'\'', b'"', b'\\', 0x7f, 0xff, b'\t', b'\r', b'\0'] {
        print!("[{}]", byte.escape_ascii());
    }
    println!();
    println!("{}", b'x'.escape_ascii().to_string().len());
    println!("{:?} {:?} {:?}", 10u32.checked_signed_diff(3), 3u32.checked_signed_diff(10), u32::MAX.checked_signed_diff(0));
    println!("{:?}", 0u8.checked_signed_diff(255));
}
