fn main() {
    let t = true;
    let f: bool = false;
    println!("{} {} {} {}", t && f, t || f, !t, t ^ f);
    println!("{:?} {}", t, f);
    let c = 'z';
    let z: char = 'ℤ';
    let heart = '😻';
    let hangul = '한';
    println!("{} {} {} {}", c, z, heart, hangul);
    println!("{:?} {:?}", c, hangul);
    println!("'a' as u32 = {}", 'a' as u32);
    println!("'😻' as u32 = {}", heart as u32);
    println!("char::from(65u8) = {}", char::from(65u8));
    println!("char::from_u32(0xAC00) = {:?}", char::from_u32(0xAC00));
    println!("char::from_digit(7, 10) = {:?}", char::from_digit(7, 10));
    println!("'9'.to_digit(10) = {:?}", '9'.to_digit(10));
    println!("is_alphabetic: {} {}", 'a'.is_alphabetic(), '1'.is_alphabetic());
    println!("is_numeric: {}", '1'.is_numeric());
    println!("to_ascii_uppercase: {}", 'q'.to_ascii_uppercase());
    println!("len_utf8: {} {} {}", 'a'.len_utf8(), hangul.len_utf8(), heart.len_utf8());
    println!("'a' < 'b': {}", 'a' < 'b');
}
