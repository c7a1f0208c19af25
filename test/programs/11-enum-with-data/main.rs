#[derive(Debug)]
enum Shape {
    Circle(f64),
    Rect { w: f64, h: f64 },
    Dot,
}

#[derive(Debug)]
enum Message {
    Quit,
    Move { x: i32, y: i32 },
    Write(String),
    ChangeColor(u8, u8, u8),
}

fn area(s: &Shape) -> f64 {
    match s {
        Shape::Circle(r) => 3.0 * r * r,
        Shape::Rect { w, h } => w * h,
        Shape::Dot => 0.0,
    }
}

fn describe(m: &Message) -> String {
    match m {
        Message::Quit => String::from("종료"),
        Message::Move { x, y } => format!("이동 ({}, {})", x, y),
        Message::Write(text) => format!("쓰기: {}", text),
        Message::ChangeColor(r, g, b) => format!("색 #{:02x}{:02x}{:02x}", r, g, b),
    }
}

fn main() {
    let shapes = vec![Shape::Circle(2.0), Shape::Rect { w: 3.0, h: 1.5 }, Shape::Dot];
    for s in &shapes {
        println!("{:?} -> {}", s, area(s));
    }
    let msgs = [
        Message::Quit,
        Message::Move { x: 1, y: -2 },
        Message::Write(String::from("hi")),
        Message::ChangeColor(255, 0, 17),
    ];
    for m in msgs.iter() {
        println!("{}", describe(m));
    }
    println!("{:?}", msgs[1]);
}
