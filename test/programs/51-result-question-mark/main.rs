#[derive(Debug)]
enum MathError {
    DivByZero,
    Negative(i32),
}

fn divide(a: i32, b: i32) -> Result<i32, MathError> {
    if b == 0 {
        return Err(MathError::DivByZero);
    }
    Ok(a / b)
}

fn checked_sqrt(x: i32) -> Result<i32, MathError> {
    if x < 0 {
        Err(MathError::Negative(x))
    } else {
        let mut r = 0;
        while (r + 1) * (r + 1) <= x {
            r += 1;
        }
        Ok(r)
    }
}

fn compute(a: i32, b: i32) -> Result<i32, MathError> {
    let q = divide(a, b)?;
    let r = checked_sqrt(q)?;
    Ok(r + 1)
}

fn parse_sum(a: &str, b: &str) -> Result<i32, String> {
    let x = a.parse::<i32>().map_err(|e| e.to_string())?;
    let y: i32 = b.parse().map_err(|_| format!("{} is not a number", b))?;
    Ok(x + y)
}

fn main() {
    println!("{:?}", compute(100, 4));
    println!("{:?}", compute(1, 0));
    println!("{:?}", compute(-50, 2));
    let ok: Result<i32, String> = Ok(3);
    let err: Result<i32, String> = Err(String::from("boom"));
    println!("is_ok {} is_err {}", ok.is_ok(), err.is_err());
    println!("unwrap_or {}", err.clone().unwrap_or(-1));
    println!("map {:?}", ok.clone().map(|x| x + 1));
    println!("ok() {:?} {:?}", ok.clone().ok(), err.clone().ok());
    println!("and_then {:?}", ok.and_then(|x| if x > 2 { Ok(x * 10) } else { Err(String::from("small")) }));
    println!("{:?}", parse_sum("4", "5"));
    println!("{:?}", parse_sum("x", "5"));
    println!("{:?}", parse_sum("4", "y"));
    match divide(9, 3) {
        Ok(v) => println!("ok {}", v),
        Err(e) => println!("err {:?}", e),
    }
}
