fn main() {
    let big: i32 = 300;
    println!("300 as u8 = {}", big as u8);
    println!("-1i32 as u8 = {}", -1i32 as u8);
    println!("200u8 as i8 = {}", 200u8 as i8);
    println!("-1i8 as u32 = {}", -1i8 as u32);
    println!("-1i64 as usize = {}", -1i64 as usize);
    println!("u64::MAX as i64 = {}", u64::MAX as i64);
    println!("65536 as u16 = {}", 65536i32 as u16);
    println!("2.9 as i32 = {}", 2.9f64 as i32);
    println!("-2.9 as i32 = {}", -2.9f64 as i32);
    println!("1e10 as i32 = {}", 1e10f64 as i32);
    println!("-1e10 as i32 = {}", -1e10f64 as i32);
    println!("-5.0 as u8 = {}", -5.0f64 as u8);
    println!("300.7 as u8 = {}", 300.7f64 as u8);
    println!("NaN as i32 = {}", f64::NAN as i32);
    println!("inf as u64 = {}", f64::INFINITY as u64);
    println!("7 as f64 = {}", 7 as f64);
    println!("i64::MAX as f64 = {}", i64::MAX as f64);
    println!("'A' as u8 = {}", 'A' as u8);
    println!("'가' as u32 = {}", '가' as u32);
    println!("97u8 as char = {}", 97u8 as char);
    println!("true as i32 = {}, false as u8 = {}", true as i32, false as u8);
    let len = vec![1, 2, 3].len();
    println!("len as i32 - 5 = {}", len as i32 - 5);
}
