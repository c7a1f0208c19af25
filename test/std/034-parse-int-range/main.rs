// Parsing checks the target type's range: "300" is no u8, "-1" no u32, "128" no i8, while "255"/"-128" fit.
fn main() {
    println!("{:?}", "300".parse::<u8>());
    println!("{:?}", "255".parse::<u8>());
    println!("{:?}", "-1".parse::<u32>());
    println!("{:?}", "128".parse::<i8>());
    println!("{:?}", "-128".parse::<i8>());
    let big: Result<u64, _> = "18446744073709551615".parse();
    println!("{:?}", big);
    let over: Result<i64, _> = "9223372036854775808".parse();
    println!("{:?}", over);
    match "70000".parse::<u16>() {
        Ok(n) => println!("ok {n}"),
        Err(e) => println!("error: {e}"),
    }
}
