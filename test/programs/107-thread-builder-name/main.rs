use std::thread;

fn main() {
    println!("main is {:?}", thread::current().name());
    let h = thread::Builder::new()
        .name("worker-1".to_string())
        .spawn(|| {
            let me = thread::current();
            println!("hello from {}", me.name().unwrap());
            me.name().map(|s| s.len()).unwrap_or(0)
        })
        .unwrap();
    println!("name length {}", h.join().unwrap());
    let anon = thread::spawn(|| {
        println!("anonymous: {:?}", thread::current().name());
    });
    anon.join().unwrap();
    let named = thread::Builder::new().name("boom".into()).spawn(|| {
        panic!("named thread failed");
    }).unwrap();
    println!("joined: {}", named.join().is_err());
}
