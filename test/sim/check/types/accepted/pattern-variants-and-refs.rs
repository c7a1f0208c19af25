// Patterns and calls the checker must accept: `Some`/`Ok` patterns on their own types (and on a user enum with
// a variant of that name), `&x` patterns over shared references, `&mut x` over mutable ones, `downcast` matched
// with `Ok`, and `Rc`/`Arc` functions given the pointer by value.
use std::any::Any;
use std::rc::Rc;
use std::sync::Arc;

enum Reply {
    Ok(u8),
    Later,
}

fn half(n: i32) -> Result<i32, String> {
    if n % 2 == 0 { Ok(n / 2) } else { Err(format!("{} is odd", n)) }
}

fn main() {
    if let Ok(h) = half(8) {
        println!("{}", h);
    }
    match half(3) {
        Ok(h) => println!("{}", h),
        Err(e) => println!("{}", e),
    }
    let found = [1, 2].iter().position(|&x| x == 2);
    if let Some(i) = found {
        println!("at {}", i);
    }
    match Reply::Ok(3) {
        Reply::Ok(n) => println!("{}", n),
        Reply::Later => println!("later"),
    }
    let mut v = vec![1, 2, 3];
    for &x in v.iter() {
        print!("{} ", x);
    }
    v.iter_mut().for_each(|x| *x += 1);
    for &mut x in v.iter_mut() {
        print!("{} ", x);
    }
    let mut y = 5;
    let &mut z = &mut y;
    let &w = &y;
    let doubled: Vec<i32> = v.iter().map(|&x| x * 2).collect();
    let boxed: Box<dyn Any> = Box::new(7i32);
    if let Ok(n) = boxed.downcast::<i32>() {
        println!("{}", n);
    }
    let shared = Rc::new(String::from("rc"));
    let text = Rc::unwrap_or_clone(shared);
    let counted = Arc::new(4);
    let two = Arc::clone(&counted);
    let back = Arc::try_unwrap(Arc::new(9)).unwrap_or(0);
    drop(counted);
    let last = Arc::into_inner(two);
    println!("{} {} {:?} {} {} {:?}", z, w, doubled, text, back, last);
}
