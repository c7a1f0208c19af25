// Box, Rc / Weak, Cell, RefCell and mem: counts, make_mut / get_mut / ptr_eq, upgrade after drop,
// borrow state queries, mem::swap / replace / take / size_of / drop, TryFrom between integers.
use std::cell::{Cell, RefCell};
use std::mem;
use std::rc::{Rc, Weak};

#[derive(Debug, Clone, Default)]
struct Node {
    val: i32,
    tags: Vec<String>,
}

fn main() {
    let b = Box::new(Node { val: 1, tags: vec![] });
    let inner: Node = *b;
    println!("{:?} {}", inner, mem::size_of::<Box<i32>>());
    let mut rc = Rc::new(Node { val: 2, tags: vec!["a".into()] });
    let other = Rc::clone(&rc);
    println!("{} {} {}", Rc::strong_count(&rc), Rc::weak_count(&rc), Rc::ptr_eq(&rc, &other));
    Rc::make_mut(&mut rc).val = 20;
    println!("{} {} {} {}", rc.val, other.val, Rc::strong_count(&rc), Rc::ptr_eq(&rc, &other));
    println!("{:?}", Rc::get_mut(&mut rc).map(|n| { n.val += 1; n.val }));
    let weak: Weak<Node> = Rc::downgrade(&other);
    println!("{:?} {}", weak.upgrade().map(|n| n.val), Rc::weak_count(&other));
    drop(other);
    println!("{:?}", weak.upgrade().is_none());
    let empty: Weak<i32> = Weak::new();
    println!("{:?}", empty.upgrade());

    let c = Cell::new(5);
    c.set(c.get() + 1);
    println!("{} {} {}", c.get(), c.replace(9), c.into_inner());
    let counter = Cell::new(0u32);
    for _ in 0..3 {
        counter.set(counter.get() + 1);
    }
    println!("{}", counter.take() + counter.get());
    let r = RefCell::new(vec![1, 2]);
    r.borrow_mut().push(3);
    {
        let first = r.borrow();
        println!("{:?} {} {}", *first, r.try_borrow_mut().is_err(), r.try_borrow().is_ok());
    }
    println!("{:?} {:?}", r.replace(vec![7]), r.borrow());
    let mut owned = RefCell::new(String::from("x"));
    owned.get_mut().push('y');
    println!("{}", owned.borrow());
    println!("{}", owned.into_inner());
    let shared = Rc::new(RefCell::new(Node::default()));
    let h = Rc::clone(&shared);
    h.borrow_mut().tags.push("t".to_string());
    shared.borrow_mut().val = 3;
    println!("{:?} {}", shared.borrow(), Rc::strong_count(&h));

    let mut a = String::from("left");
    let mut z = String::from("right");
    mem::swap(&mut a, &mut z);
    let old = mem::replace(&mut a, String::from("new"));
    let taken = mem::take(&mut z);
    println!("{} {} {} {:?}", a, old, taken, z);
    let mut v = vec![1, 2];
    let prev = mem::take(&mut v);
    println!("{:?} {:?} {}", prev, v, mem::size_of::<(u8, u32)>());
    mem::drop(prev);
    println!("{:?} {:?} {:?}", u8::try_from(300i32), i8::try_from(-5i64), u16::try_from(70000u32).is_err());
    let e = u8::try_from(256u32).unwrap_err();
    println!("{} | {:?}", e, e);
}
