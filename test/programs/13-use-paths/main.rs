use crate::List::{Cons, Nil};
use std::cell::RefCell;
use std::rc::{Rc, Weak};

#[derive(Debug)]
enum List {
    Cons(i32, Rc<List>),
    Nil,
}

mod shapes {
    pub fn double(x: i32) -> i32 {
        x * 2
    }
}

fn sum(list: &List) -> i32 {
    match list {
        Cons(v, rest) => v + sum(rest),
        Nil => 0,
    }
}

fn main() {
    let tail = Rc::new(Cons(3, Rc::new(Nil)));
    let a = Cons(1, Rc::clone(&tail));
    let b = Cons(2, Rc::clone(&tail));
    println!("a = {:?}", a);
    println!("sum(a) = {}, sum(b) = {}", sum(&a), sum(&b));
    println!("tail strong = {}", Rc::strong_count(&tail));
    let w: Weak<List> = Rc::downgrade(&tail);
    println!("weak upgrade is_some = {}", w.upgrade().is_some());
    let cell = RefCell::new(shapes::double(21));
    println!("cell = {}", cell.borrow());
    println!("max = {}", std::cmp::max(3, 9));
}
