// A method missing on a user struct, called over several lines: rustc also marks the receiver and dot.
struct Queue {
    len: usize,
}

impl Queue {
    fn size(&self) -> usize {
        self.len
    }
}

fn main() {
    let q = Queue { len: 2 };
    println!("{}", q.size());
    q.push_with(
        7,
        |n| n * 2,
    );
    q.pop();
}
