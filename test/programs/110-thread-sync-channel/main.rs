use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

fn main() {
    let (tx, rx) = mpsc::sync_channel::<i32>(1);
    let h = thread::spawn(move || {
        for i in 1..=3 {
            tx.send(i * i).unwrap();
        }
    });
    let mut sum = 0;
    while let Ok(v) = rx.recv() {
        sum += v;
    }
    h.join().unwrap();
    println!("sum of squares: {sum}");
    let (tx, rx) = mpsc::channel::<i32>();
    let start = Instant::now();
    let r = rx.recv_timeout(Duration::from_millis(20));
    println!("{:?}", r);
    println!("waited at least 20ms: {}", start.elapsed() >= Duration::from_millis(20));
    drop(tx);
    println!("{:?}", rx.recv_timeout(Duration::from_millis(20)));
    let d = Duration::from_millis(1500);
    println!("{} {} {:?}", d.as_secs(), d.as_millis(), d);
}
