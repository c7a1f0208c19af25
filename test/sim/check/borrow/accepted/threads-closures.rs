// Closures and threads rustc accepts: move closures, captured copies, joins, channels, Arc<Mutex>.
use std::sync::{mpsc, Arc, Mutex};
use std::thread;

fn main() {
    let v = vec![1, 2, 3];
    let h = thread::spawn(move || {
        println!("{:?}", v);
    });
    h.join().unwrap();

    let counter = Arc::new(Mutex::new(0));
    let mut handles = vec![];
    for _ in 0..3 {
        let c = Arc::clone(&counter);
        handles.push(thread::spawn(move || {
            *c.lock().unwrap() += 1;
        }));
    }
    for h in handles {
        h.join().unwrap();
    }
    println!("{}", *counter.lock().unwrap());

    let (tx, rx) = mpsc::channel();
    let tx2 = tx.clone();
    thread::spawn(move || {
        tx.send(String::from("a")).unwrap();
    });
    thread::spawn(move || {
        tx2.send(String::from("b")).unwrap();
    });
    for got in rx {
        println!("{got}");
    }

    let data = vec![4, 5];
    let sum = || data.iter().sum::<i32>();
    println!("{} {:?}", sum(), data);

    let mut list = vec![3, 1, 2];
    let mut ops = 0;
    list.sort_by_key(|x| {
        ops += 1;
        *x
    });
    println!("{:?} {ops}", list);
}
