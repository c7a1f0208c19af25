trait Shape {
    fn sides() -> u32;
    fn name(&self) -> String;
}

struct Triangle;

impl Shape for Triangle {
    fn sides() -> u32 {
        3
    }
    fn name(&self) -> String {
        String::from("triangle")
    }
}

fn main() {
    println!("{} has {} sides", Triangle.name(), Shape::sides());
}
