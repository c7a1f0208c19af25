#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug)]
struct Color(u8, u8, u8);

#[derive(Debug)]
struct Marker;

#[derive(Debug)]
struct Rect {
    top_left: Point,
    width: u32,
    height: u32,
}

fn main() {
    let p = Point { x: 3, y: -4 };
    println!("p.x = {}, p.y = {}", p.x, p.y);
    let mut q = Point { x: 1, ..p };
    q.x += 10;
    println!("q = {:?}", q);
    let c = Color(255, 128, 0);
    println!("c = {:?}, red = {}", c, c.0);
    let Color(r, g, b) = c;
    println!("r={} g={} b={}", r, g, b);
    let m = Marker;
    println!("m = {:?}", m);
    let x = 5;
    let y = 6;
    let shorthand = Point { x, y };
    println!("shorthand = {:?}", shorthand);
    let rect = Rect { top_left: Point { x: 0, y: 10 }, width: 4, height: 2 };
    println!("rect = {:?}", rect);
    println!("area = {}", rect.width * rect.height);
    println!("corner y = {}", rect.top_left.y);
}
