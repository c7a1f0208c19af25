use std::fmt;

fn main() {
    let r = Rc::new(5);
    println!("{r}");
}
