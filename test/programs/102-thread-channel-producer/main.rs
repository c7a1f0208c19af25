use std::sync::mpsc;
use std::thread;
use std::time::Duration;

fn main() {
    let (tx, rx) = mpsc::channel();
    let producer = thread::spawn(move || {
        for word in ["alpha", "beta", "gamma", "delta"] {
            tx.send(word.to_string()).unwrap();
            thread::sleep(Duration::from_millis(2));
        }
        println!("producer done");
    });
    let mut count = 0;
    for msg in rx {
        count += 1;
        println!("got {msg} ({count})");
    }
    producer.join().unwrap();
    println!("channel closed after {count} messages");
}
