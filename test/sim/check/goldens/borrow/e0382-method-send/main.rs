use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let msg = String::from("hi");
        tx.send(msg).unwrap();
        println!("sent {}", msg);
    });
    println!("{}", rx.recv().unwrap());
}
