use std::sync::mpsc;
use std::thread;
use std::time::Duration;

fn main() {
    let (tx, rx) = mpsc::channel();
    let h = thread::spawn(move || {
        let got: Vec<i32> = (0..2).map(|_| rx.recv().unwrap()).collect();
        println!("{:?}", got);
    });
    thread::sleep(Duration::from_millis(1));
    tx.send(1).unwrap();
    tx.send(2).unwrap();
    h.join().unwrap();
}
