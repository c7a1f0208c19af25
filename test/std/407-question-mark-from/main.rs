use std::error::Error;
use std::fmt;
use std::num::{ParseFloatError, ParseIntError};

#[derive(Debug)]
enum AppError {
    Int(ParseIntError),
    Float(ParseFloatError),
    Negative(i64),
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            AppError::Int(e) => write!(f, "bad count: {}", e),
            AppError::Float(e) => write!(f, "bad price: {}", e),
            AppError::Negative(n) => write!(f, "negative count {}", n),
        }
    }
}

impl Error for AppError {}

impl From<ParseIntError> for AppError {
    fn from(e: ParseIntError) -> Self {
        AppError::Int(e)
    }
}

impl From<ParseFloatError> for AppError {
    fn from(e: ParseFloatError) -> Self {
        AppError::Float(e)
    }
}

fn total(count: &str, price: &str) -> Result<f64, AppError> {
    let n: i64 = count.parse()?;
    let p: f64 = price.parse()?;
    if n < 0 {
        return Err(AppError::Negative(n));
    }
    Ok(n as f64 * p)
}

fn boxed(input: &str) -> Result<u8, Box<dyn Error>> {
    if input.is_empty() {
        Err("empty input")?;
    }
    let v: u8 = input.parse()?;
    let t = total(input, "1.5")?;
    println!("  (total {})", t);
    Ok(v)
}

fn first_char_upper(s: &str) -> Option<char> {
    let c = s.chars().next()?;
    Some(c.to_ascii_uppercase())
}

fn main() {
    for (c, p) in [("3", "2.5"), ("x", "1.0"), ("2", "y"), ("-4", "1.0")] {
        match total(c, p) {
            Ok(t) => println!("{} x {} = {}", c, p, t),
            Err(e) => println!("{} x {}: {} / {:?}", c, p, e, e),
        }
    }
    for input in ["7", "", "300", "-"] {
        match boxed(input) {
            Ok(v) => println!("{:?} -> ok {}", input, v),
            Err(e) => println!("{:?} -> error {} / {:?}", input, e, e),
        }
    }
    let parse_twice = |s: &str| -> Result<i32, ParseIntError> {
        let v: i32 = s.parse()?;
        Ok(v * 2)
    };
    println!("{:?} {:?}", parse_twice("21"), parse_twice("z"));
    println!("{:?} {:?}", first_char_upper("rust"), first_char_upper(""));
}
