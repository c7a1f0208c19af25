use std::error::Error;
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
struct TooBig {
    value: i64,
    retries: u32,
}

impl fmt::Display for TooBig {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{} is too big", self.value)
    }
}

impl Error for TooBig {}

fn check(s: &str) -> Result<i64, Box<dyn Error>> {
    let n: i64 = s.trim().parse()?;
    if n > 100 {
        return Err(Box::new(TooBig { value: n, retries: 0 }));
    }
    Ok(n)
}

fn explain(e: &(dyn Error + 'static)) -> String {
    if let Some(big) = e.downcast_ref::<TooBig>() {
        format!("range problem: {} (retries {})", big.value, big.retries)
    } else if e.is::<ParseIntError>() {
        format!("not a number: {}", e)
    } else {
        format!("other: {}", e)
    }
}

fn main() {
    for input in ["42", "500", "abc"] {
        match check(input) {
            Ok(n) => println!("{} ok", n),
            Err(e) => {
                println!("{} -> {}", input, explain(e.as_ref()));
                println!("  is TooBig: {}, is ParseIntError: {}", e.is::<TooBig>(), e.is::<ParseIntError>());
            }
        }
    }

    // downcast_mut: fix the concrete error in place
    let mut e: Box<dyn Error> = check("1000").unwrap_err();
    if let Some(big) = e.downcast_mut::<TooBig>() {
        big.retries += 1;
        big.value /= 10;
    }
    println!("after downcast_mut: {}", explain(e.as_ref()));

    // downcast: take the concrete error back out of the box
    match e.downcast::<TooBig>() {
        Ok(big) => println!("owned TooBig {:?}", big),
        Err(other) => println!("still boxed: {}", other),
    }
    let p: Box<dyn Error> = check("x1").unwrap_err();
    match p.downcast::<TooBig>() {
        Ok(big) => println!("owned TooBig {:?}", big),
        Err(other) => println!("not TooBig: {}", other),
    }
    let last = check("777").unwrap();
    println!("unreachable {}", last);
}
