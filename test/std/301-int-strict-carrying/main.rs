// Strict arithmetic (panics instead of wrapping) on values that fit, and multi-word arithmetic with
// carries: adding and multiplying 16-bit numbers stored as pairs of u8 "digits".
fn add_wide(a: [u8; 2], b: [u8; 2]) -> ([u8; 2], bool) {
    let (lo, carry) = a[0].carrying_add(b[0], false);
    let (hi, carry) = a[1].carrying_add(b[1], carry);
    ([lo, hi], carry)
}

fn sub_wide(a: [u8; 2], b: [u8; 2]) -> ([u8; 2], bool) {
    let (lo, borrow) = a[0].borrowing_sub(b[0], false);
    let (hi, borrow) = a[1].borrowing_sub(b[1], borrow);
    ([lo, hi], borrow)
}

fn main() {
    println!("{} {} {}", 5i32.strict_add_unsigned(3), 5u32.strict_add_signed(-3), 5u32.strict_sub_signed(-3));
    println!("{} {} {}", (-5i32).strict_sub_unsigned(3), (-5i32).strict_abs(), 5i32.strict_abs());
    println!("{} {} {}", 7i32.strict_div(2), (-7i32).strict_div(2), 200u8.strict_div(3));
    println!("{} {} {}", (-7i32).strict_div_euclid(2), (-7i32).strict_rem(2), (-7i32).strict_rem_euclid(2));
    println!("{} {} {}", 7u32.strict_rem(4), 7u32.strict_div_euclid(4), 7u32.strict_rem_euclid(4));
    println!("{} {} {} {}", 1u8.strict_shl(7), 128u8.strict_shr(7), (-64i8).strict_shr(3), 3i16.strict_shl(14));
    let a = [0xf0u8, 0x12];
    let b = [0x20u8, 0x34];
    println!("{:?}", add_wide(a, b));
    println!("{:?}", add_wide([0xff, 0xff], [1, 0]));
    println!("{:?}", sub_wide(b, a));
    println!("{:?}", sub_wide([0, 0], [1, 0]));
    println!("{:?} {:?}", 200u8.carrying_add(55, true), 200u8.carrying_add(54, true));
    println!("{:?} {:?}", 5u8.borrowing_sub(5, true), 5u8.borrowing_sub(4, true));
    println!("{:?} {:?}", 200u8.carrying_mul(3, 10), 255u8.carrying_mul(255, 255));
    println!("{:?} {:?}", 200u8.carrying_mul_add(3, 10, 20), 255u8.carrying_mul_add(255, 255, 255));
    println!("{:?}", u64::MAX.carrying_mul(u64::MAX, 7));
    println!("{:?}", 0xffff_ffffu32.carrying_mul_add(2, 3, 4));
    // A product of two numbers each wider than one word, schoolbook style.
    let x: u16 = 0xbeef;
    let y: u8 = 0x9a;
    let (lo, carry) = ((x & 0xff) as u8).carrying_mul(y, 0);
    let (mid, hi) = ((x >> 8) as u8).carrying_mul(y, carry);
    println!("{:#x} {:#x}", u32::from(x) * u32::from(y), (u32::from(hi) << 16) | (u32::from(mid) << 8) | u32::from(lo));
}
