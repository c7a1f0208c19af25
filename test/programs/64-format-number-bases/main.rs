fn main() {
    println!("{:x} {:X} {:#x} {:#X}", 255, 255, 255, 255);
    println!("{:b} {:#b} {:o} {:#o}", 10, 10, 8, 8);
    println!("{:08b}", 5u8);
    println!("{:#010x}", 255);
    println!("{:#06b}", 3);
    println!("{:x}", -1i8);
    println!("{:b}", -2i32);
    println!("{:X}", u64::MAX);
    println!("{:08.3}", 3.14159);
    println!("{:08.3}", -3.14159);
    println!("{:e} {:e} {:e}", 1234.5, 0.00012, 100.0);
    println!("{:e}", 123456);
    println!("{:E}", 0.5);
    println!("{:.2e}", 1234.5);
    println!("{:10.2e}|", 1234.5);
    println!("{:+e}", 7.0);
    println!("{:x?}", vec![10, 255]);
    println!("{:#x?}", 171);
}
