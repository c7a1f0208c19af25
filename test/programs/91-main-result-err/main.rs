fn parse_level(s: &str) -> Result<u8, String> {
    match s.parse::<u8>() {
        Ok(n) if n <= 10 => Ok(n),
        Ok(n) => Err(format!("level {} is out of range", n)),
        Err(_) => Err(String::from("not a number")),
    }
}

fn main() -> Result<(), String> {
    let a = parse_level("7")?;
    println!("a = {}", a);
    let b = parse_level("42")?;
    println!("b = {}", b);
    Ok(())
}
