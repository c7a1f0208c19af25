use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let shared = Rc::new(RefCell::new(String::from("text")));
    let other = Rc::clone(&shared);
    let mut writer = shared.borrow_mut();
    writer.push_str("!");
    println!("writer holds the cell");
    let reader = other.borrow();
    println!("never printed: {}", reader);
}
