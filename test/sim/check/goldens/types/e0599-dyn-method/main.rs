trait Shape {
    fn area(&self) -> f64;
}

struct Square(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

struct Slot {
    shape: Option<Box<dyn Shape>>,
    label: String,
}

impl Slot {
    fn label(&self) -> &str {
        &self.label
    }
    fn summary(&self) -> String {
        self.shape.as_ref().unwrap().label()
    }
}

fn main() {
    let b: Box<dyn Shape> = Box::new(Square(2.0));
    let p = b.perimeter();
    let r: &dyn Shape = &Square(1.0);
    let q = r.corners();
    let s = Slot { shape: Some(b), label: String::from("a") };
    println!("{} {} {} {}", s.summary(), s.label(), p, q);
}
