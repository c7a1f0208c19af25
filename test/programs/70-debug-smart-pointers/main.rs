use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

#[derive(Debug)]
struct Node {
    value: i32,
}

fn main() {
    let b = Box::new(5);
    println!("Box: {:?} / {}", b, b);
    let bn = Box::new(Node { value: 1 });
    println!("Box<Node>: {:?}", bn);
    let rc = Rc::new(Node { value: 2 });
    println!("Rc: {:?}", rc);
    let w: Weak<Node> = Rc::downgrade(&rc);
    println!("Weak: {:?}", w);
    let empty: Weak<i32> = Weak::new();
    println!("Weak::new: {:?}", empty);
    println!("upgrade: {:?}", w.upgrade());
    let cell = Cell::new(3);
    println!("Cell: {:?}", cell);
    let rcell = Rc::new(RefCell::new(vec![1]));
    println!("Rc<RefCell>: {:?}", rcell);
    let s = Rc::new(String::from("text"));
    println!("Rc<String>: {:?} / {}", s, s);
    let opt: Option<Rc<Node>> = Some(Rc::clone(&rc));
    println!("{:?}", opt);
    println!("{:#?}", rcell);
}
