#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug, Clone, PartialEq)]
struct Named {
    name: String,
    p: Point,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Dir {
    Up,
    Down,
}

fn main() {
    let a = Point { x: 1, y: 2 };
    let mut b = a;
    b.x = 10;
    println!("a = {:?}, b = {:?}", a, b);
    println!("a == b: {}", a == b);
    println!("a == copy: {}", a == Point { x: 1, y: 2 });
    println!("a != b: {}", a != b);

    let n1 = Named { name: String::from("one"), p: a };
    let mut n2 = n1.clone();
    println!("n1 == n2: {}", n1 == n2);
    n2.name.push_str("!");
    println!("n1 = {:?}", n1);
    println!("n2 = {:?}", n2);
    println!("n1 == n2: {}", n1 == n2);

    let d = Dir::Up;
    let e = d;
    println!("{:?} {:?} {}", d, e, d == Dir::Down);
}
