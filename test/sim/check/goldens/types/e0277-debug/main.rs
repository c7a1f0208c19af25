struct Dot {
    x: i32,
}

fn main() {
    let d = Dot { x: 1 };
    println!("{:?} {}", d, d.x);
}
