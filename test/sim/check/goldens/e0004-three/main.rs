enum Level {
    A,
    B(u8, u8),
    C { n: i32 },
    D,
}

fn main() {
    let l = Level::A;
    match l {
        Level::D => {
            println!("d");
        }
    }
}
