use std::any::Any;
use std::rc::{Rc, Weak};
use std::sync::{Arc, Mutex};
use std::thread;

#[derive(Debug)]
struct Node {
    name: String,
    me: Weak<Node>,
}

#[derive(Debug, Clone, PartialEq)]
struct Settings {
    volume: u8,
}

fn main() {
    // Rc::new_cyclic: the value can hold a Weak to its own block.
    let n = Rc::new_cyclic(|me: &Weak<Node>| Node { name: "root".to_string(), me: me.clone() });
    let again = n.me.upgrade().unwrap();
    println!("{} sees itself: {} (strong {}, weak {})", n.name, again.name, Rc::strong_count(&n), Rc::weak_count(&n));
    drop(again);

    // Rc::pin and Rc<dyn Any>::downcast
    let pinned = Rc::pin(5);
    println!("pinned rc {}", pinned);
    let anything: Rc<dyn Any> = Rc::new(String::from("hello"));
    match anything.downcast::<String>() {
        Ok(s) => println!("a String of len {}", s.len()),
        Err(_) => println!("not a String"),
    }

    // Arc: new / clone / strong_count / weak_count / downgrade / ptr_eq
    let shared = Arc::new(Settings { volume: 3 });
    let other = Arc::clone(&shared);
    let w = Arc::downgrade(&shared);
    println!("strong {} weak {} same {}", Arc::strong_count(&shared), Arc::weak_count(&shared), Arc::ptr_eq(&shared, &other));
    println!("upgrade {:?}", w.upgrade().map(|s| s.volume));
    drop(other);

    // Arc::make_mut clones only when shared
    let mut a = Arc::new(vec![1, 2]);
    let b = Arc::clone(&a);
    Arc::make_mut(&mut a).push(3);
    println!("a {:?} b {:?} same {}", a, b, Arc::ptr_eq(&a, &b));
    Arc::make_mut(&mut a).push(4);
    println!("a {:?} count {}", a, Arc::strong_count(&a));

    // Arc::get_mut: only for the single owner
    let mut solo = Arc::new(10);
    *Arc::get_mut(&mut solo).unwrap() += 5;
    let twin = Arc::clone(&solo);
    println!("get_mut shared is none: {}", Arc::get_mut(&mut solo).is_none());
    drop(twin);

    // Arc::try_unwrap / into_inner / unwrap_or_clone
    let one = Arc::new(String::from("one"));
    let two = Arc::clone(&one);
    let one = match Arc::try_unwrap(one) {
        Ok(s) => { println!("unwrapped {}", s); Arc::new(s) }
        Err(back) => { println!("still shared ({})", Arc::strong_count(&back)); back }
    };
    drop(two);
    println!("into_inner {:?}", Arc::into_inner(one));
    let c1 = Arc::new(Settings { volume: 9 });
    let c2 = Arc::clone(&c1);
    let copy = Arc::unwrap_or_clone(c1);
    println!("unwrap_or_clone {:?}, left {}", copy, Arc::strong_count(&c2));
    println!("last one {:?}", Arc::unwrap_or_clone(c2));

    // Arc::new_cyclic / pin / downcast
    let cyc = Arc::new_cyclic(|me: &std::sync::Weak<Mutex<u8>>| {
        println!("upgrade while building: {}", me.upgrade().is_none());
        Mutex::new(1)
    });
    *cyc.lock().unwrap() += 1;
    println!("cyclic {:?}", cyc.lock().unwrap());
    let ap = Arc::pin(7u8);
    println!("arc pin {}", ap);
    let dynamic: Arc<dyn Any + Send + Sync> = Arc::new(64u16);
    println!("is u16 {}", dynamic.clone().downcast::<u16>().is_ok());
    println!("is u32 {}", dynamic.downcast::<u32>().is_ok());

    // shared across threads
    let total = Arc::new(Mutex::new(0));
    let mut hs = vec![];
    for i in 1..=3 {
        let t = Arc::clone(&total);
        hs.push(thread::spawn(move || { *t.lock().unwrap() += i; }));
    }
    for h in hs { h.join().unwrap(); }
    println!("total {} owners {}", *total.lock().unwrap(), Arc::strong_count(&total));
}
