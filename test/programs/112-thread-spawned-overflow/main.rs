use std::thread;

fn dive(n: u64) -> u64 {
    if n == u64::MAX { 0 } else { 1 + dive(n + 1) }
}

fn main() {
    println!("before");
    let h = thread::spawn(|| dive(0));
    println!("{:?}", h.join().is_ok());
}
