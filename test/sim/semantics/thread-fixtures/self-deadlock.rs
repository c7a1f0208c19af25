use std::sync::mpsc;

fn main() {
    let (tx, rx) = mpsc::channel::<i32>();
    println!("waiting");
    let v = rx.recv().unwrap();
    tx.send(v).unwrap();
}
