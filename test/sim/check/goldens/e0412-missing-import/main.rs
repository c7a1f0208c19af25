use std::collections::HashMap;

fn count(v: &[i32]) -> HashMap<i32, usize> {
    HashMap::new()
}

fn wrap(n: i32) -> Rc<i32> {
    Rc::new(n)
}

fn main() {
    println!("{:?} {}", count(&[1]), wrap(1));
}
