// Parsing text into our own type with FromStr: `str::parse` and `Point::from_str` call the same impl,
// and its error type explains what was wrong.
use std::fmt;
use std::num::ParseIntError;
use std::str::FromStr;

#[derive(Debug, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug)]
enum PointError {
    MissingComma,
    BadNumber(ParseIntError),
}

impl fmt::Display for PointError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            PointError::MissingComma => write!(f, "expected `x,y`"),
            PointError::BadNumber(e) => write!(f, "bad number: {e}"),
        }
    }
}

impl FromStr for Point {
    type Err = PointError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (x, y) = s.trim().split_once(',').ok_or(PointError::MissingComma)?;
        let x = x.trim().parse().map_err(PointError::BadNumber)?;
        let y = y.trim().parse().map_err(PointError::BadNumber)?;
        Ok(Point { x, y })
    }
}

fn main() {
    for text in ["3,4", " -1 , 10 ", "7", "1,two", ",5"] {
        match text.parse::<Point>() {
            Ok(p) => println!("{text:?} -> {p:?}"),
            Err(e) => println!("{text:?} -> error: {e}"),
        }
    }
    let p: Result<Point, _> = "0,0".parse();
    println!("{:?}", p);
    println!("{:?}", Point::from_str("5,6"));
    println!("{}", Point::from_str("8,9").unwrap() == Point { x: 8, y: 9 });
    println!("{:?}", i64::from_str("-42"));
    println!("{:?} {:?}", bool::from_str("true"), char::from_str("ab"));
    println!("{:?}", <f64 as FromStr>::from_str("2.5"));
    let many: Vec<Point> = "1,1 2,2 3,3".split(' ').map(|s| s.parse::<Point>().unwrap()).collect();
    println!("{many:?}");
}
