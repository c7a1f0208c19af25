enum Shape {
    Circle(f64),
    Square(f64),
    Dot,
}

fn main() {
    let s: Shape = Shape::Dot;
    let Shape::Circle(r) = s;
    println!("{r}");
}
