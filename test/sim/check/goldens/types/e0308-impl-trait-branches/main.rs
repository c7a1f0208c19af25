trait Shape {
    fn area(&self) -> f64;
}

struct Square {
    side: f64,
}

struct Circle {
    radius: f64,
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.side * self.side
    }
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.14 * self.radius * self.radius
    }
}

fn pick(round: bool) -> impl Shape {
    if round {
        Circle { radius: 1.0 }
    } else {
        Square { side: 2.0 }
    }
}

fn main() {
    println!("{}", pick(true).area());
}
