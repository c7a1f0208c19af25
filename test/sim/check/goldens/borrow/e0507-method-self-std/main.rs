// std methods taking `self` on a place behind a reference or inside an index: `JoinHandle::join` (not
// `Clone`) and `String::into_bytes` (offered clones).
use std::thread::{self, JoinHandle};

struct Task {
    handle: JoinHandle<u8>,
    label: String,
}

fn finish(t: &mut Task) -> usize {
    let n = t.handle.join().unwrap();
    let bytes = t.label.into_bytes();
    n as usize + bytes.len()
}

fn main() {
    let mut t = Task { handle: thread::spawn(|| 3), label: String::from("job") };
    println!("{}", finish(&mut t));
    let names = vec![String::from("ab")];
    let all = &names;
    let first = all[0].into_bytes();
    println!("{:?}", first);
}
