use std::rc::Rc;
fn main() {
    let a = Rc::new(String::from("x"));
    let s: String = *a;
    println!("{s}");
}
