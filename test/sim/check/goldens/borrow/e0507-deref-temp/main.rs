use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Mutex;

fn shout(s: String) -> String {
    s.to_uppercase()
}

fn main() {
    let name = RefCell::new(String::from("ferris"));
    let owned = *name.borrow();
    let edited = *name.borrow_mut();
    let list = Mutex::new(vec![1, 2]);
    let items = *list.lock().unwrap();
    let words = vec![String::from("crab")];
    let first = *words.first().unwrap();
    let shared = Rc::new(String::from("rc"));
    let inner = *shared.clone();
    let loud = shout(*name.borrow());
    let _ = *name.borrow();
    match *name.borrow() {
        ref s => println!("{}", s),
    }
    println!("{} {} {:?} {} {} {}", owned, edited, items, first, inner, loud);
}
