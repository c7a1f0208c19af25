fn main() {
    let x: u8 = 250;
    println!("checked_add(5) = {:?}", x.checked_add(5));
    println!("checked_add(6) = {:?}", x.checked_add(6));
    println!("wrapping_add(10) = {}", x.wrapping_add(10));
    println!("saturating_add(10) = {}", x.saturating_add(10));
    let y: i32 = i32::MAX;
    println!("i32::MAX.wrapping_add(1) = {}", y.wrapping_add(1));
    println!("i32::MAX.checked_mul(2) = {:?}", y.checked_mul(2));
    println!("0u32.checked_sub(1) = {:?}", 0u32.checked_sub(1));
    println!("0u32.wrapping_sub(1) = {}", 0u32.wrapping_sub(1));
    println!("i8::MIN.wrapping_neg() = {}", i8::MIN.wrapping_neg());
    println!("10.checked_div(0) = {:?}", 10i32.checked_div(0));
    println!("100u8.wrapping_mul(3) = {}", 100u8.wrapping_mul(3));
    let (v, over) = 200u8.overflowing_add(100);
    println!("overflowing_add = ({}, {})", v, over);
    match 5u8.checked_sub(7) {
        Some(n) => println!("ok {}", n),
        None => println!("underflow caught"),
    }
}
