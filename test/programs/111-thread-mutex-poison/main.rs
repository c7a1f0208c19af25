use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let shared = Arc::new(Mutex::new(vec![1, 2]));
    let s = Arc::clone(&shared);
    let r = thread::spawn(move || {
        let mut v = s.lock().unwrap();
        v.push(3);
        if v.len() > 2 {
            panic!("too many items: {}", v.len());
        }
    })
    .join();
    println!("thread ok: {}", r.is_ok());
    println!("poisoned: {}", shared.is_poisoned());
    match shared.lock() {
        Ok(v) => println!("got {:?}", *v),
        Err(e) => println!("poisoned lock still holds {:?}", *e.into_inner()),
    }
    let m = Mutex::new(5);
    {
        let g = m.lock().unwrap();
        println!("try_lock while held: {}", m.try_lock().is_err());
        println!("value {}", *g);
    }
    println!("try_lock after: {:?}", m.try_lock().map(|g| *g));
    println!("{:?}", m);
}
