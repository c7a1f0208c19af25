// Hundreds of threads spawned in a loop meet three at a time at a barrier, then are joined (half in a
// loop, half inside an iterator adapter): switching threads costs the running ones, not all spawned so far.
use std::sync::{Arc, Barrier};
use std::thread;

fn main() {
    let barrier = Arc::new(Barrier::new(3));
    let mut handles = Vec::new();
    for i in 0..300 {
        let b = Arc::clone(&barrier);
        handles.push(thread::spawn(move || (i % 7, b.wait().is_leader() as usize)));
    }
    let (mut total, mut leaders) = (0, 0);
    for h in handles.drain(..150) {
        let (x, leader) = h.join().unwrap();
        total += x;
        leaders += leader;
    }
    let (x, leader) = handles.into_iter().map(|h| h.join().unwrap()).fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
    println!("total {} leaders {}", total + x, leaders + leader);
}
