use std::sync::Mutex;
use std::cell::RefCell;
fn main() {
    let m = Mutex::new(String::from("a"));
    let g = m.lock().unwrap();
    let s = *g;
    let c = RefCell::new(String::new());
    let b = c.borrow();
    let t = *b;
    println!("{s}{t}");
}
