#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug)]
enum Color {
    Rgb(u8, u8, u8),
    Gray(u8),
}

#[derive(Debug)]
enum Event {
    Click { at: Point, button: u8 },
    Paint(Color),
    Key(char),
}

fn handle(e: &Event) {
    match e {
        Event::Click { at: Point { x: 0, y }, .. } => println!("click on y axis at {}", y),
        Event::Click { at: Point { x, y }, button: 1 } => println!("left click at ({}, {})", x, y),
        Event::Click { button, .. } => println!("button {} click", button),
        Event::Paint(Color::Rgb(r, _, b)) => println!("paint r={} b={}", r, b),
        Event::Paint(Color::Gray(level)) => println!("paint gray {}", level),
        Event::Key(c) => println!("key {:?}", c),
    }
}

fn main() {
    let events = vec![
        Event::Click { at: Point { x: 0, y: 7 }, button: 1 },
        Event::Click { at: Point { x: 3, y: 4 }, button: 1 },
        Event::Click { at: Point { x: 3, y: 4 }, button: 2 },
        Event::Paint(Color::Rgb(1, 2, 3)),
        Event::Paint(Color::Gray(128)),
        Event::Key('q'),
    ];
    for e in &events {
        handle(e);
    }
    let p = Point { x: 5, y: -1 };
    let Point { x: px, y: py } = p;
    println!("px = {}, py = {}", px, py);
    let nested = Some(Some(3));
    match nested {
        Some(Some(n)) => println!("inner {}", n),
        Some(None) => println!("inner none"),
        None => println!("none"),
    }
}
