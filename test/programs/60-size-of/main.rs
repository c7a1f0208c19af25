use std::cell::RefCell;
use std::mem::size_of;
use std::rc::Rc;

struct Point {
    x: i32,
    y: i32,
}

enum List {
    Cons(i32, Box<List>),
    Nil,
}

fn main() {
    println!("u8 {}", size_of::<u8>());
    println!("i32 {}", size_of::<i32>());
    println!("u64 {}", size_of::<u64>());
    println!("i128 {}", size_of::<i128>());
    println!("f64 {}", size_of::<f64>());
    println!("bool {}", size_of::<bool>());
    println!("char {}", size_of::<char>());
    println!("usize {}", size_of::<usize>());
    println!("() {}", size_of::<()>());
    println!("Point {}", size_of::<Point>());
    println!("[i32; 4] {}", size_of::<[i32; 4]>());
    println!("(u8, u32) {}", size_of::<(u8, u32)>());
    println!("&i32 {}", size_of::<&i32>());
    println!("&str {}", size_of::<&str>());
    println!("Box<i32> {}", size_of::<Box<i32>>());
    println!("Option<Box<i32>> {}", size_of::<Option<Box<i32>>>());
    println!("Option<i32> {}", size_of::<Option<i32>>());
    println!("String {}", size_of::<String>());
    println!("Vec<i32> {}", size_of::<Vec<i32>>());
    println!("Rc<i32> {}", size_of::<Rc<i32>>());
    println!("RefCell<i32> {}", size_of::<RefCell<i32>>());
    println!("List {}", size_of::<List>());
    let _unused = List::Cons(1, Box::new(List::Nil));
    let _p = Point { x: 1, y: 2 };
    println!("p.x + p.y = {}", _p.x + _p.y);
}
