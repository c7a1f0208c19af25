use std::thread;

fn sum_range(from: u64, to: u64) -> u64 {
    let mut total = 0;
    for x in from..to {
        total += x;
    }
    total
}

fn main() {
    let mut handles = Vec::new();
    for part in 0..4u64 {
        handles.push(thread::spawn(move || sum_range(part * 100, (part + 1) * 100)));
    }
    let mut grand = 0;
    for (i, h) in handles.into_iter().enumerate() {
        let s = h.join().unwrap();
        println!("part {i}: {s}");
        grand += s;
    }
    println!("total: {grand}");
    let h = thread::spawn(|| String::from("made in a thread"));
    let text = h.join().unwrap();
    println!("{} ({} bytes)", text, text.len());
}
