use std::thread;

fn main() {
    let items = vec![1, 2];
    let h = thread::spawn(|| {
        println!("{:?}", items);
    });
    h.join().unwrap();
}
