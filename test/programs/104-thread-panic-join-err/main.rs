use std::thread;

fn main() {
    let ok = thread::spawn(|| 6 * 7);
    let bad = thread::spawn(|| {
        let v: Vec<i32> = Vec::new();
        if v.is_empty() {
            panic!("worker gave up: {} items", v.len());
        }
        1
    });
    println!("ok: {:?}", ok.join());
    let r = bad.join();
    println!("bad is err: {}", r.is_err());
    match r {
        Ok(v) => println!("value {v}"),
        Err(_) => println!("the thread panicked"),
    }
    println!("main goes on");
}
