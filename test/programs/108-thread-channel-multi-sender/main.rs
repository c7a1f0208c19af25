use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel::<u32>();
    let tx2 = tx.clone();
    let a = thread::spawn(move || {
        for i in 0..3 {
            tx.send(i).unwrap();
        }
    });
    a.join().unwrap();
    let b = thread::spawn(move || {
        for i in 10..13 {
            tx2.send(i).unwrap();
        }
    });
    b.join().unwrap();
    let got: Vec<u32> = rx.iter().collect();
    println!("{:?}", got);
    println!("{:?}", rx.try_recv());
    println!("{:?}", rx.recv());
    let (tx3, rx3) = mpsc::channel::<i32>();
    println!("{:?}", rx3.try_recv());
    tx3.send(9).unwrap();
    println!("{:?}", rx3.try_recv());
    drop(rx3);
    println!("send after drop: {}", tx3.send(1).is_err());
}
