use std::fmt;

trait Banner: fmt::Display {
    fn banner(&self) -> String {
        format!("** {} **", self)
    }
}

struct Tag {
    v: u8,
}

impl Banner for Tag {}

fn main() {
    let t = Tag { v: 1 };
    println!("{}", t.v);
}
