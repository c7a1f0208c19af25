// Remaining integer variants (strict / overflowing / wrapping / saturating with signed or unsigned
// operands, unbounded shifts, ASCII on u8), char ASCII classes, and str splitting / trimming extras.
fn main() {
    println!("{} {} {}", 5u8.strict_add(3), 7i32.strict_sub(9), 6u16.strict_mul(7));
    println!("{} {}", (-4i32).strict_neg(), 3u32.strict_pow(4));
    println!("{:?} {:?} {:?}", 250u8.overflowing_add_signed(10), 5u8.overflowing_sub(6), 5i8.overflowing_rem(3));
    println!("{:?} {:?}", 1u8.overflowing_shl(9), 128u8.overflowing_shr(3));
    println!("{} {} {}", 5u8.wrapping_add_signed(-10), (-5i32).wrapping_div_euclid(2), 3i8.wrapping_sub_unsigned(200));
    println!("{} {} {}", 100i8.saturating_mul(2), 3u8.saturating_sub(9), 100i8.saturating_add_unsigned(100));
    println!("{:?} {:?} {:?}", 10u32.checked_sub(11), (-8i32).checked_div_euclid(3), 10i32.checked_rem_euclid(0));
    println!("{:?} {:?} {:?}", 81u32.checked_ilog(3), 0u32.checked_ilog2(), 1000u32.checked_ilog10());
    println!("{:?} {:?} {}", 17i32.checked_isqrt(), (-1i32).checked_isqrt(), 1000u32.ilog(10));
    println!("{} {} {}", 1u32.unbounded_shl(40), 0xffu8.unbounded_shr(8), (-16i32).unbounded_shr(99));
    println!("{} {} {}", 12u32.is_multiple_of(4), 0u32.is_multiple_of(0), 7u32.is_multiple_of(2));
    println!("{} {} {}", (-1i8).cast_unsigned(), 255u8.cast_signed(), 0x1234u16.to_be());
    println!("{:?} {:?}", 0x0102u16.to_ne_bytes(), u16::from_ne_bytes([2, 1]));
    println!("{:?} {:?} {:?}", 6i32.overflowing_div(4), i8::MIN.overflowing_neg(), i8::MIN.overflowing_abs());
    println!("{} {} {}", i8::MIN.saturating_abs(), 7u8.saturating_div(2), 9i32.wrapping_rem(4));
    println!("{} {}", (-7i32).wrapping_rem_euclid(3), 9u32.checked_next_multiple_of(4).unwrap());
    let b = b'g';
    println!("{} {} {} {} {}", b.is_ascii(), b.is_ascii_alphabetic(), b.is_ascii_hexdigit(), b'7'.is_ascii_digit(), b' '.is_ascii_whitespace());
    println!("{} {} {}", b.to_ascii_uppercase() as char, b'Q'.to_ascii_lowercase() as char, b'a'.eq_ignore_ascii_case(&b'A'));
    println!("{} {} {} {}", b'!'.is_ascii_punctuation(), b'~'.is_ascii_graphic(), 0x7fu8.is_ascii_control(), b'Z'.is_ascii_uppercase());
    let c = 'k';
    println!("{} {} {} {}", c.is_ascii_alphabetic(), c.is_ascii_alphanumeric(), c.is_ascii_lowercase(), c.is_ascii_uppercase());
    println!("{} {} {} {}", '\n'.is_ascii_control(), '\t'.is_control(), 'F'.is_ascii_hexdigit(), ' '.is_ascii_whitespace());
    println!("{} {} {} {}", '#'.is_ascii_graphic(), '9'.is_digit(10), 'ä'.len_utf16(), '𝄞'.len_utf16());
    let s = "a,b;c,d";
    println!("{:?} {:?}", s.split_at(3), "héllo".split_at_checked(2));
    println!("{:?}", s.split_inclusive(',').collect::<Vec<_>>());
    println!("{:?}", s.rsplitn(2, ',').collect::<Vec<_>>());
    println!("{:?}", "x.y.z.".rsplit_terminator('.').collect::<Vec<_>>());
    println!("{:?} {:?}", "abXaby".rmatches("ab").collect::<Vec<_>>(), "abXab".rmatch_indices("ab").collect::<Vec<_>>());
    println!("{:?}", " a \t b\n".split_ascii_whitespace().collect::<Vec<_>>());
    println!("[{}] [{}] [{}]", "  t  ".trim_ascii(), "  t  ".trim_ascii_start(), "  t  ".trim_ascii_end());
    println!("{} {}", "abc".is_ascii(), "åbc".is_ascii());
    let mut st = String::from("abc");
    st.reserve(20);
    let big = st.capacity() >= 23;
    st.shrink_to(4);
    println!("{} {} {:?}", big, st.capacity(), st.as_bytes());
    st.reserve_exact(1);
    println!("{} {}", st.len(), st.as_mut_str());
}
