use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel::<u8>();
    thread::spawn(move || {
        let n = 7;
        tx.send(n).unwrap();
    });
    drop(rx);
}
