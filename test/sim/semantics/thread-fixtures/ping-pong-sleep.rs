use std::thread;
use std::time::Duration;

fn main() {
    let worker = thread::spawn(|| {
        for k in 1..=4 {
            println!("worker step {k}");
            thread::sleep(Duration::from_millis(1));
        }
    });
    for k in 1..=3 {
        println!("main step {k}");
        thread::sleep(Duration::from_millis(1));
    }
    worker.join().unwrap();
    println!("both done");
}
