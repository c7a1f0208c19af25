// std associated functions called with too few or too many arguments: rustc's E0061, with the note pointing at
// std's definition and the placeholder it suggests (the parameter's name when generic, else its type).
use std::cell::Cell;
use std::time::Duration;

fn main() {
    let counter = Cell::new();
    let buffer: Vec<u8> = Vec::with_capacity();
    let pause = Duration::from_millis();
    let boxed = Box::new(1, 2);
    println!("{:?} {:?} {:?} {:?}", counter, buffer, pause, boxed);
}
