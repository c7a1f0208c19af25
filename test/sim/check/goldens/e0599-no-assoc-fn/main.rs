struct Counter {
    n: u32,
}

impl Counter {
    fn new() -> Counter {
        Counter { n: 0 }
    }
}

fn main() {
    let c = Counter::create();
    println!("{}", c.n);
}
