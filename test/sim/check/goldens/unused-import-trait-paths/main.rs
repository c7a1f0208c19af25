use std::fmt;
use std::collections;

fn show(items: &[Box<dyn fmt::Debug>]) {
    for i in items {
        println!("{i:?}");
    }
}

fn main() {
    let n: i32 = "x";
    show(&[Box::new(1)]);
}
