use std::fmt;

trait Titled: fmt::Display {
    fn title(&self) -> String {
        format!("== {self} ==")
    }
}

struct Chapter(u32);

impl Titled for Chapter {}

fn main() {
    let c = Chapter(3);
    println!("{}", c.title());
}
