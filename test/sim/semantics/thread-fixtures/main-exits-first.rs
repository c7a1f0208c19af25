use std::thread;
use std::time::Duration;

fn main() {
    thread::spawn(|| {
        for k in 1..10 {
            println!("worker {k}");
            thread::sleep(Duration::from_millis(1));
        }
    });
    for k in 1..5 {
        println!("main {k}");
        thread::sleep(Duration::from_millis(1));
    }
}
