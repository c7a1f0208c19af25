// `c.borrow().clone()` clones the borrowed value (Ref is not Clone): the snapshot is independent.
use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let c = RefCell::new(vec![1]);
    let snap = c.borrow().clone();
    c.borrow_mut().push(2);
    println!("{:?} {:?}", snap, c.borrow());
    let shared = Rc::new(RefCell::new(String::from("ab")));
    let copy: String = shared.borrow().clone();
    shared.borrow_mut().push('c');
    println!("{} {} {}", copy, shared.borrow(), Rc::strong_count(&shared));
    let m = RefCell::new(vec![vec![1], vec![2, 3]]);
    let mut inner = m.borrow()[1].clone();
    inner.push(4);
    println!("{:?} {:?}", inner, m.borrow());
    let mut w = m.borrow_mut().clone();
    w.clear();
    println!("{:?} {:?}", w, m.borrow());
}
