use std::sync::{Arc, Barrier, RwLock};
use std::thread;

fn main() {
    let config = Arc::new(RwLock::new(vec![1, 2, 3]));
    {
        let r1 = config.read().unwrap();
        let r2 = config.read().unwrap();
        println!("two readers: {} {}", r1.len(), r2[0]);
    }
    config.write().unwrap().push(4);
    println!("after write: {:?}", *config.read().unwrap());

    let barrier = Arc::new(Barrier::new(3));
    let mut hs = Vec::new();
    for _ in 0..3 {
        let b = Arc::clone(&barrier);
        let c = Arc::clone(&config);
        hs.push(thread::spawn(move || {
            let n = c.read().unwrap().len();
            let leader = b.wait().is_leader();
            (n, leader)
        }));
    }
    let mut leaders = 0;
    for h in hs {
        let (n, leader) = h.join().unwrap();
        assert_eq!(n, 4);
        if leader {
            leaders += 1;
        }
    }
    println!("leaders: {leaders}");
}
