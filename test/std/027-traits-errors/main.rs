// Operator traits on a user type (Add / Sub / Mul / Neg / AddAssign / Index via Deref), Drop order,
// a user Error with source() behind Box<dyn Error> and `?`, bool::then / then_some, and process::exit.
use std::error::Error;
use std::fmt;
use std::ops::{Add, AddAssign, Deref, Mul, Neg, Not, Sub};

#[derive(Debug, Clone, Copy, PartialEq)]
struct V2 {
    x: i32,
    y: i32,
}

impl Add for V2 {
    type Output = V2;
    fn add(self, o: V2) -> V2 {
        V2 { x: self.x + o.x, y: self.y + o.y }
    }
}
impl Sub for V2 {
    type Output = V2;
    fn sub(self, o: V2) -> V2 {
        V2 { x: self.x - o.x, y: self.y - o.y }
    }
}
impl Mul<i32> for V2 {
    type Output = V2;
    fn mul(self, k: i32) -> V2 {
        V2 { x: self.x * k, y: self.y * k }
    }
}
impl Neg for V2 {
    type Output = V2;
    fn neg(self) -> V2 {
        V2 { x: -self.x, y: -self.y }
    }
}
impl AddAssign for V2 {
    fn add_assign(&mut self, o: V2) {
        self.x += o.x;
        self.y += o.y;
    }
}

#[derive(Debug, Clone, Copy)]
struct Flag(bool);
impl Not for Flag {
    type Output = Flag;
    fn not(self) -> Flag {
        Flag(!self.0)
    }
}

struct Wrapper(Vec<i32>);
impl Deref for Wrapper {
    type Target = Vec<i32>;
    fn deref(&self) -> &Vec<i32> {
        &self.0
    }
}

struct Loud(&'static str);
impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

#[derive(Debug)]
struct ConfigError {
    line: usize,
    cause: std::num::ParseIntError,
}
impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "bad config at line {}", self.line)
    }
}
impl Error for ConfigError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        Some(&self.cause)
    }
}

fn parse_line(n: usize, s: &str) -> Result<i32, ConfigError> {
    s.trim().parse::<i32>().map_err(|cause| ConfigError { line: n, cause })
}

fn total(lines: &[&str]) -> Result<i32, Box<dyn Error>> {
    let mut t = 0;
    for (i, l) in lines.iter().enumerate() {
        t += parse_line(i + 1, l)?;
    }
    Ok(t)
}

fn main() {
    let a = V2 { x: 1, y: 2 };
    let b = V2 { x: 10, y: 20 };
    let mut c = a + b;
    c += a;
    println!("{:?} {:?} {:?} {:?} {}", c, b - a, a * 3, -a, a == V2 { x: 1, y: 2 });
    println!("{:?} {:?}", !Flag(true), !Flag(false));
    let w = Wrapper(vec![3, 4, 5]);
    println!("{} {} {:?}", w.len(), w[1], w.iter().max());
    {
        let _first = Loud("first");
        let _second = Loud("second");
        println!("scope end");
    }
    println!("{:?}", total(&["1", " 2 ", "3"]));
    match total(&["4", "x"]) {
        Ok(v) => println!("ok {}", v),
        Err(e) => {
            println!("error: {}", e);
            if let Some(src) = e.source() {
                println!("caused by: {}", src);
            }
        }
    }
    let err = parse_line(7, "").unwrap_err();
    println!("{} / {:?} / {}", err, err.source().map(|s| s.to_string()), err.cause);
    println!("{:?} {:?} {:?}", (3 > 2).then(|| "yes"), false.then_some(1), true.then_some('t'));
    let _last = Loud("never dropped");
    std::process::exit(3);
}
