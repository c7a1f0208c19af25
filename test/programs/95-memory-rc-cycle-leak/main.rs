use std::cell::RefCell;
use std::rc::Rc;

struct Person {
    name: &'static str,
    friend: RefCell<Option<Rc<Person>>>,
}

impl Drop for Person {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn main() {
    let alone = Rc::new(Person { name: "alone", friend: RefCell::new(None) });
    let a = Rc::new(Person { name: "a", friend: RefCell::new(None) });
    let b = Rc::new(Person { name: "b", friend: RefCell::new(Some(Rc::clone(&a))) });
    println!("a strong = {}, b strong = {}", Rc::strong_count(&a), Rc::strong_count(&b));
    *a.friend.borrow_mut() = Some(Rc::clone(&b));
    println!("after cycle: a strong = {}, b strong = {}", Rc::strong_count(&a), Rc::strong_count(&b));
    let friend_of_a = a.friend.borrow().as_ref().map(|p| p.name);
    println!("a's friend = {:?}", friend_of_a);
    println!("alone strong = {}", Rc::strong_count(&alone));
    println!("end of main: only alone is dropped, a and b leak");
}
