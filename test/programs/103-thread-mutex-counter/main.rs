use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let counter = Arc::new(Mutex::new(0));
    let mut workers = vec![];
    for _ in 0..10 {
        let c = Arc::clone(&counter);
        let w = thread::spawn(move || {
            let mut n = c.lock().unwrap();
            *n += 1;
        });
        workers.push(w);
    }
    println!("strong count while running: at least 1: {}", Arc::strong_count(&counter) >= 1);
    for w in workers {
        w.join().unwrap();
    }
    println!("Result: {}", *counter.lock().unwrap());
    println!("strong count after join: {}", Arc::strong_count(&counter));
    let m = counter.lock().unwrap();
    println!("{:?}", *m);
}
