// Powers at the edges: bases 0, 1 and -1 with enormous exponents (no overflow, answered at once), and
// wrapping / overflowing powers that keep only the low bits of a huge exact result.
fn main() {
    println!("{:?} {} {}", 1u32.checked_pow(4_000_000_000), 1i64.pow(3_000_000_000), (-1i32).pow(3_000_000_001));
    println!("{} {:?} {}", 0u8.wrapping_pow(u32::MAX), 0u8.checked_pow(0), (-1i8).saturating_pow(u32::MAX - 1));
    println!("{:?} {}", 2u64.overflowing_pow(u32::MAX), 7u32.wrapping_pow(u32::MAX));
    println!("{} {}", 3i32.saturating_pow(u32::MAX), (-3i32).saturating_pow(u32::MAX));
    println!("{} {:?}", 3u8.wrapping_pow(200), 3u8.overflowing_pow(200));
    println!("{} {:?}", (-3i16).wrapping_pow(77), (-3i16).overflowing_pow(9));
    println!("{:?}", (1..=4).map(|n: u64| n.pow(20)).collect::<Vec<_>>());
    // Modular exponentiation by squaring, checked against wrapping_pow.
    let (mut base, mut exp, mut acc) = (12345u32, 678u32, 1u32);
    let (b0, e0) = (base, exp);
    while exp > 0 {
        if exp & 1 == 1 { acc = acc.wrapping_mul(base); }
        base = base.wrapping_mul(base);
        exp >>= 1;
    }
    println!("{} {}", acc, b0.wrapping_pow(e0) == acc);
}
