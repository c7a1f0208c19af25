use std::fmt::Display;

fn label(n: u32) -> dyn Display {
    if n == 0 {
        return String::from("none");
    }
    n
}

fn main() {}
