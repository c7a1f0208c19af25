use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::thread;

fn main() {
    let hits = Arc::new(AtomicUsize::new(0));
    let flag = Arc::new(AtomicBool::new(false));
    let mut hs = Vec::new();
    for i in 0..8 {
        let hits = Arc::clone(&hits);
        let flag = Arc::clone(&flag);
        hs.push(thread::spawn(move || {
            for _ in 0..100 {
                hits.fetch_add(1, Ordering::SeqCst);
            }
            if i == 7 {
                flag.store(true, Ordering::Release);
            }
        }));
    }
    for h in hs {
        h.join().unwrap();
    }
    println!("hits = {}", hits.load(Ordering::SeqCst));
    println!("flag = {}", flag.load(Ordering::Acquire));
    let prev = hits.swap(5, Ordering::Relaxed);
    println!("prev = {prev}, now = {}", hits.load(Ordering::Relaxed));
    println!("{:?}", hits.compare_exchange(5, 6, Ordering::SeqCst, Ordering::SeqCst));
    println!("{:?}", hits.compare_exchange(5, 7, Ordering::SeqCst, Ordering::SeqCst));
    println!("sub: {}", hits.fetch_sub(2, Ordering::SeqCst));
    println!("{:?}", hits);
}
