struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn inner() {
    let _local = Noisy("inner local");
    let _boxed = Box::new(Noisy("boxed in inner"));
    println!("inner about to panic");
    panic!("boom in inner");
}

fn main() {
    let _outer = Noisy("outer");
    let _v = vec![Noisy("vec 0"), Noisy("vec 1")];
    {
        let _scoped = Noisy("finished scope");
    }
    inner();
    println!("never");
}
