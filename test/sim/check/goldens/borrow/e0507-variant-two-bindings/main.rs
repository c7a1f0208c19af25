enum Shape { Named(String, String), Empty }
fn show(r: &Shape) {
    match *r {
        Shape::Named(a, b) => println!("{a}{b}"),
        Shape::Empty => {}
    }
}
fn main() { show(&Shape::Named(String::new(), String::new())); show(&Shape::Empty); }
