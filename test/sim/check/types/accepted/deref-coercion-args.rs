// Deref coercion of fn arguments: `&&str`, `&Box<T>`, `&Rc<T>` where `&T` is expected (rustc accepts).
use std::rc::Rc;

fn shout(s: &str) -> String {
    s.to_uppercase()
}

fn double(n: &i32) -> i32 {
    n * 2
}

fn main() {
    let words = ["a", "b"];
    for w in words.iter() {
        println!("{}", shout(w));
    }
    let boxed = Box::new(4);
    let shared = Rc::new(5);
    let r = &&6;
    println!("{} {} {}", double(&boxed), double(&shared), double(r));
}
