use std::rc::Rc;

fn main() {
    let a = Rc::new(String::from("공유"));
    println!("count after creating a = {}", Rc::strong_count(&a));
    let b = Rc::clone(&a);
    println!("count after creating b = {}", Rc::strong_count(&a));
    {
        let c = a.clone();
        println!("count after creating c = {}", Rc::strong_count(&c));
        println!("c = {}", c);
    }
    println!("count after c goes out of scope = {}", Rc::strong_count(&a));
    println!("ptr_eq = {}", Rc::ptr_eq(&a, &b));
    drop(b);
    println!("count after drop(b) = {}", Rc::strong_count(&a));
    println!("weak = {}", Rc::weak_count(&a));
    let v = vec![Rc::clone(&a), Rc::clone(&a), Rc::clone(&a)];
    println!("count with vec = {}", Rc::strong_count(&a));
    drop(v);
    println!("count after vec dropped = {}", Rc::strong_count(&a));
    println!("len via deref = {}", a.len());
}
