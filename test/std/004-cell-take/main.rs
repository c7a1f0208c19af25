// Cell::take / RefCell::take leave Default::default() behind; Cell::replace / set / get.
use std::cell::{Cell, RefCell};

fn main() {
    let c = Cell::new("first");
    let p = c.take();
    println!("{:?} {:?}", p, c.get());
    let n = Cell::new(41u8);
    println!("{} {}", n.take(), n.get());
    n.set(9);
    println!("{} {}", n.replace(3), n.get());
    let b = Cell::new(true);
    println!("{} {}", b.take(), b.get());
    let t = Cell::new((1, 'x'));
    println!("{:?} {:?}", t.take(), t.get());
    let r = RefCell::new(vec![1, 2]);
    let old = r.take();
    println!("{:?} {:?}", old, r.borrow());
    let s = RefCell::new(String::from("hello"));
    let taken = s.take();
    println!("{:?} {:?} {}", taken, s.borrow(), s.borrow().len());
    let o: Cell<Option<i32>> = Cell::new(Some(5));
    println!("{:?} {:?}", o.take(), o.get());
}
