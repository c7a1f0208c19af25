use std::sync::Mutex;
use std::thread;

fn main() {
    let total = Mutex::new(0);
    let mut hs = vec![];
    for _ in 0..4 {
        let h = thread::spawn(move || {
            *total.lock().unwrap() += 1;
        });
        hs.push(h);
    }
}
