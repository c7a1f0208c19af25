use std::any::Any;
fn main() {
    let e: Box<dyn Any> = Box::new(5i32);
    if let Some(_) = e.downcast::<i32>() {
        println!("int");
    }
}
