fn half(n: i32) -> Result<i32, String> {
    if n % 2 == 0 {
        Ok(n / 2)
    } else {
        Err(format!("{} is odd", n))
    }
}

fn main() -> Result<(), String> {
    let x = half(20)?;
    let y = half(x)?;
    println!("x = {}, y = {}", x, y);
    match half(y) {
        Ok(z) => println!("z = {}", z),
        Err(e) => println!("handled: {}", e),
    }
    Ok(())
}
