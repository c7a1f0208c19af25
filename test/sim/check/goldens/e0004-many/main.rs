enum Level {
    A,
    B(u8),
    C { n: i32 },
    D,
    E,
}

fn main() {
    let l = Level::A;
    match l {
        Level::A => println!("a"),
    }
}
