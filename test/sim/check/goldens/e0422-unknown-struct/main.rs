fn main() {
    let p = Pointt { x: 1 };
    let q = Nothing { y: 2 };
}

struct Point {
    x: i32,
}
