// Accepted by rustc 1.95 with no warning: `{self}` captured in a format string, and `fmt` used only in trait paths
// (an impl's trait, a supertrait, a signature).
use std::fmt;

struct Point {
    x: i32,
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({})", self.x)
    }
}

trait Describe: fmt::Display {
    fn describe(&self) -> String {
        format!("<{self}>")
    }
}

impl Describe for Point {}

fn main() {
    println!("{}", Point { x: 1 }.describe());
}
