use std::cell::RefCell;

fn main() {
    let cell = RefCell::new(vec![1]);
    let mut first = cell.borrow_mut();
    first.push(2);
    println!("first mutable borrow taken");
    let mut second = cell.borrow_mut();
    second.push(3);
    println!("unreachable");
}
