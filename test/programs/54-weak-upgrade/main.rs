use std::rc::{Rc, Weak};

fn main() {
    let empty: Weak<i32> = Weak::new();
    println!("Weak::new().upgrade() = {:?}", empty.upgrade());

    let strong = Rc::new(5);
    let weak = Rc::downgrade(&strong);
    println!("strong = {}, weak = {}", Rc::strong_count(&strong), Rc::weak_count(&strong));
    match weak.upgrade() {
        Some(rc) => println!("upgraded to {} (strong now {})", rc, Rc::strong_count(&rc)),
        None => println!("gone"),
    }
    println!("strong after upgrade dropped = {}", Rc::strong_count(&strong));
    let weak2 = weak.clone();
    println!("weak count = {}", Rc::weak_count(&strong));
    println!("weak.strong_count() = {}", weak.strong_count());
    drop(strong);
    println!("after drop: {:?}", weak.upgrade());
    println!("weak2 after drop: {:?}", weak2.upgrade());
    println!("weak.strong_count() = {}", weak.strong_count());
}
