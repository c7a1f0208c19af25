use std::thread;

struct Job {
    handle: Option<thread::JoinHandle<u8>>,
}

fn main() {
    let job = Job { handle: Some(thread::spawn(|| 1)) };
    let n = job.handle.join().unwrap();
    println!("{n}");
}
