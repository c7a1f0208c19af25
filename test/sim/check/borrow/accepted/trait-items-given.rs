// Trait impls rustc accepts: every required item given (defaults left out), std traits, a generic trait
// implemented twice, an associated const and type.
use std::fmt;

trait Shape {
    const SIDES: u32;
    type Unit;
    fn area(&self) -> f64;
    fn name(&self) -> String { String::from("shape") }
}

trait Holder<T> {
    fn hold(&self, t: T) -> T;
}

struct Sq(f64);

impl Shape for Sq {
    const SIDES: u32 = 4;
    type Unit = f64;
    fn area(&self) -> f64 { self.0 * self.0 }
}

impl Holder<i32> for Sq {
    fn hold(&self, t: i32) -> i32 { t + 1 }
}

impl Holder<String> for Sq {
    fn hold(&self, t: String) -> String { t }
}

impl fmt::Display for Sq {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "Sq({})", self.0) }
}

fn main() {
    let s = Sq(2.0);
    let u: f64 = 1.5;
    println!("{} {} {} {} {u}", s, s.area(), s.name(), Sq::SIDES);
    println!("{} {}", s.hold(1), s.hold(String::from("x")));
}
