// The target of a `parse()` without turbofish is fixed through `map_err`, `or_else`, `unwrap_or_else`, `ok_or` and
// `?` as well as directly: a float target parses "4" as 4.0 (printed `4.0` by Debug), an enum variant's field too.
use std::num::ParseFloatError;

#[derive(Debug)]
enum Tok { Num(f64), Word(String) }

fn read(s: &str) -> Result<f64, String> {
    let a: f64 = s.parse().map_err(|e: ParseFloatError| e.to_string())?;
    Ok(a)
}

fn tok(s: &str) -> Result<Tok, String> {
    if s.chars().all(|c| c.is_ascii_digit()) {
        Ok(Tok::Num(s.parse().map_err(|_| format!("bad {}", s))?))
    } else {
        Ok(Tok::Word(s.to_string()))
    }
}

fn main() {
    println!("{:?}", read("4"));
    println!("{:?}", read("x"));
    println!("{:?} {:?}", tok("12"), tok("ab"));
    let b: f64 = "7".parse().unwrap_or_else(|_| -1.0);
    let c: f32 = "8".parse().or_else(|_| "0".parse()).unwrap();
    println!("{:?} {:?}", b, c);
    let d: Option<f64> = "9".parse().ok();
    println!("{:?}", d);
    let e: Result<f64, &str> = "10".parse().ok().ok_or("none");
    println!("{:?}", e);
    let w: u8 = "300".parse().map_err(|_| 0u8).unwrap_or(255);
    println!("{}", w);
}
