mod zoo {
    struct Lion {
        pub age: u8,
    }
    pub fn count() -> u8 {
        1
    }
}

fn main() {
    let l = zoo::Lion { age: 3 };
    println!("{} {}", l.age, zoo::count());
}
