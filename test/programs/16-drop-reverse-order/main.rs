struct Noisy {
    name: &'static str,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn make(name: &'static str) -> Noisy {
    println!("make {}", name);
    Noisy { name }
}

fn main() {
    let _a = make("a");
    let _b = make("b");
    {
        let _inner = make("inner");
        println!("inner scope ends");
    }
    let _c = make("c");
    println!("main ends");
}
