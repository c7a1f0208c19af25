struct Point {
    x: i32,
    y: i32,
    depth: i32,
}

fn main() {
    let p = Point { x: 1, height: 2 };
    println!("{}", p.x);
}
