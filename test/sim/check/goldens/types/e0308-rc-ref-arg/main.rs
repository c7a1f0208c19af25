use std::rc::Rc;
use std::sync::Arc;
fn main() {
    let r = Rc::new(String::from("a"));
    let a = Arc::new(5);
    let x = Rc::unwrap_or_clone(&r);
    let y = Rc::try_unwrap(&r);
    let z = Arc::try_unwrap(&a);
    let w = Rc::into_inner(&r);
    let q = Arc::into_inner(&a);
    let n = Arc::unwrap_or_clone(&a);
    println!("{:?} {:?} {:?} {:?} {:?} {:?}", x, y, z, w, q, n);
}
