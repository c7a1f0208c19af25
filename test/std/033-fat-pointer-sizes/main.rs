// Sizes of thin and fat pointers: a pointer to an unsized value (trait object, str, slice) carries a second word.
use std::fmt::Debug;
use std::mem::size_of;
use std::rc::Rc;

trait Shape {
    fn area(&self) -> f64;
}

fn main() {
    println!("Box<i32> {}", size_of::<Box<i32>>());
    println!("Box<dyn Debug> {}", size_of::<Box<dyn Debug>>());
    println!("Box<dyn Shape> {}", size_of::<Box<dyn Shape>>());
    println!("&dyn Shape {}", size_of::<&dyn Shape>());
    println!("Rc<str> {}", size_of::<Rc<str>>());
    println!("Box<[u8]> {}", size_of::<Box<[u8]>>());
    println!("&[u8] {}", size_of::<&[u8]>());
    println!("Option<Box<dyn Debug>> {}", size_of::<Option<Box<dyn Debug>>>());
    println!("Vec<Box<dyn Shape>> {}", size_of::<Vec<Box<dyn Shape>>>());
}
