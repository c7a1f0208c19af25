// `let _ = place;` neither moves nor drops what the place holds (a RefCell's String, a Vec element, a
// variable, a Box's content): only an rvalue is dropped at the end of the statement.
use std::cell::RefCell;
struct Noisy(i32);
impl Drop for Noisy { fn drop(&mut self) { println!("drop {}", self.0); } }
fn main() {
    let cell = RefCell::new(String::from("kept"));
    let _ = *cell.borrow();
    println!("{}", cell.borrow());
    let v = vec![String::from("a"), String::from("b")];
    let _ = v[0];
    println!("{:?}", v);
    let n = Noisy(1);
    let _ = n;
    println!("after let _ = n");
    let boxed = Box::new(Noisy(2));
    let _ = *boxed;
    println!("after let _ = *boxed");
}
