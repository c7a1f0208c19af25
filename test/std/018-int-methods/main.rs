// Integer methods across types: arithmetic variants (checked / wrapping / saturating / overflowing),
// bit operations, Euclidean division, logs and roots, powers of two, bytes, parsing with a radix.
fn main() {
    let a: i32 = -17;
    let b: u8 = 200;
    println!("{} {} {} {}", a.abs(), a.signum(), a.pow(2), a.rem_euclid(5));
    println!("{} {} {}", a.div_euclid(5), (-17i32).div_euclid(-5), 17i32.rem_euclid(-5));
    println!("{:?} {:?} {:?}", b.checked_add(100), b.checked_sub(201), b.checked_mul(2));
    println!("{:?} {:?} {:?}", 10i32.checked_div(0), 10i32.checked_rem(3), i32::MIN.checked_neg());
    println!("{} {} {}", b.wrapping_add(100), b.wrapping_sub(201), b.wrapping_mul(3));
    println!("{} {} {}", b.saturating_add(100), 5u8.saturating_sub(9), i8::MIN.saturating_neg());
    println!("{:?} {:?} {:?}", b.overflowing_add(100), 5u8.overflowing_sub(9), 100i8.overflowing_mul(2));
    println!("{:?} {:?} {} {}", 2i32.checked_pow(31), 2i32.checked_pow(30), 3u8.wrapping_pow(6), 3u8.saturating_pow(6));
    println!("{:?} {:?} {}", 2u8.overflowing_pow(9), i32::MIN.checked_abs(), i8::MIN.wrapping_abs());
    println!("{} {} {}", (-128i8).unsigned_abs(), 7u32.abs_diff(10), (-3i32).abs_diff(4));
    let x: u16 = 0b1011_0000_0000_0001;
    println!("{} {} {} {}", x.count_ones(), x.count_zeros(), x.leading_zeros(), x.trailing_zeros());
    println!("{} {} {}", 0xF0u8.leading_ones(), 0x0Fu8.trailing_ones(), 0u32.leading_zeros());
    println!("{:#x} {:#x} {:#x} {:#b}", 0x12u8.rotate_left(4), 0x1234u16.swap_bytes(), 0x8000_0001u32.rotate_right(4), 0b0000_0110u8.reverse_bits());
    println!("{:?} {:?} {:?}", 1u8.checked_shl(7), 1u8.checked_shl(8), 0x80u8.checked_shr(3));
    println!("{} {}", 1u8.wrapping_shl(9), 0x80u8.wrapping_shr(9));
    println!("{} {} {}", 99u32.isqrt(), 1000u32.ilog10(), 1025u64.ilog2());
    println!("{} {} {:?}", 5u32.next_power_of_two(), 64u32.next_power_of_two(), 200u8.checked_next_power_of_two());
    println!("{} {} {}", 7u32.is_power_of_two(), 8u32.is_power_of_two(), 0u32.is_power_of_two());
    println!("{} {} {}", 7u32.div_ceil(2), 12u32.next_multiple_of(5), 10u32.next_multiple_of(5));
    println!("{:?} {:?}", 0x1234_5678u32.to_le_bytes(), 0x1234_5678u32.to_be_bytes());
    println!("{} {}", u32::from_le_bytes([0x78, 0x56, 0x34, 0x12]), i16::from_be_bytes([0xff, 0xfe]));
    println!("{:?} {:?} {:?}", i32::from_str_radix("-ff", 16), u8::from_str_radix("101", 2), u8::from_str_radix("256", 10));
    println!("{:?} {:?}", u32::from_str_radix("z", 36), i64::from_str_radix("12a", 10));
    println!("{} {} {} {}", 15i32.min(3), 15i32.max(3), (-5i32).clamp(0, 9), 4u64.pow(3));
    println!("{} {} {}", 5i32.is_positive(), (-5i32).is_negative(), 0i32.signum());
    println!("{} {}", i32::MAX.wrapping_add(1), u64::MAX.wrapping_mul(2));
    println!("{} {} {}", u8::MAX, i16::MIN, u32::BITS);
    println!("{} {}", 250u8.saturating_add_signed(-10), 5u32.checked_add_signed(-6).is_none());
    println!("{} {}", 6u32.midpoint(9), (-7i32).midpoint(2));
}
