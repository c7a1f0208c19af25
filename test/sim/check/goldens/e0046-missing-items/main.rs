trait Shape {
    const SIDES: u32;
    type Unit;
    fn area(&self) -> f64;
    fn name(&self) -> String;
    fn describe(&self) -> String {
        format!("{} with area {}", self.name(), self.area())
    }
}
struct Sq(f64);
impl Shape for Sq {
    type Unit = f64;
    fn area(&self) -> f64 { self.0 * self.0 }
}
fn main() {
    let s = Sq(2.0);
    println!("{}", s.describe());
}
