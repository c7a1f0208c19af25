use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();
    let h = thread::spawn(move || {
        for i in 0..2 {
            tx.send(i).unwrap();
        }
    });
    let got: Vec<i32> = (0..2).map(|_| rx.recv().unwrap()).collect();
    println!("{:?}", got);
    h.join().unwrap();
}
