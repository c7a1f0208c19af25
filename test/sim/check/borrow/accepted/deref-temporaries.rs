// Derefs of temporaries and unsized places the checker must accept: matched, borrowed, bound by `ref`, or of a
// `Copy` value (no move out), and unsized values only ever behind a reference.
use std::cell::RefCell;
use std::sync::Mutex;

fn first_len(v: &Vec<String>) -> usize {
    let ref whole = **v;
    whole.len()
}

fn main() {
    let cell = RefCell::new(String::from("tea"));
    let _ = *cell.borrow();
    match *cell.borrow() {
        ref s if s.is_empty() => println!("empty"),
        ref s => println!("{}", s),
    }
    let maybe = RefCell::new(Some(String::from("cup")));
    if let Some(ref s) = *maybe.borrow() {
        println!("{}", s.len());
    }
    let n = RefCell::new(5);
    let five = *n.borrow();
    let m = Mutex::new(2.5);
    let half = *m.lock().unwrap() / 2.0;
    let len = (*cell.borrow()).len();
    let copy = cell.borrow().clone();
    let words = vec![String::from("a"), String::from("b")];
    let tail = &words[1..];
    let s: &str = "hello";
    let t = &*s;
    let first = *words.first().map(|w| w.len()).as_ref().unwrap();
    println!("{} {} {} {} {:?} {} {} {}", five, half, len, copy, tail, t, first, first_len(&words));
}
