use std::sync::mpsc;
use std::thread;
use std::time::Duration;

fn main() {
    let handles: Vec<_> = (1..=4u64)
        .map(|k| {
            thread::spawn(move || {
                thread::sleep(Duration::from_millis(5 - k));
                k * k
            })
        })
        .collect();
    let squares: Vec<u64> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    println!("{:?}", squares);
    let (tx, rx) = mpsc::channel();
    for id in 0..3 {
        let tx = tx.clone();
        thread::spawn(move || tx.send(id * 10).unwrap());
    }
    drop(tx);
    let mut got: Vec<i32> = rx.iter().collect();
    got.sort();
    println!("{:?}", got);
}
