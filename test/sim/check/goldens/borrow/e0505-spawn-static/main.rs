use std::thread;

fn main() {
    let names = vec![String::from("ann"), String::from("bo")];
    let worker = thread::spawn(|| {
        for n in names.iter() {
            println!("{}", n);
        }
    });
    let moved = names;
    worker.join().unwrap();
    println!("{:?}", moved);
}
