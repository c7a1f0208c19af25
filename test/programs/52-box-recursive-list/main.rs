use crate::List::{Cons, Nil};

#[derive(Debug)]
enum List {
    Cons(i32, Box<List>),
    Nil,
}

fn sum(list: &List) -> i32 {
    match list {
        Cons(value, next) => value + sum(next),
        Nil => 0,
    }
}

fn len(list: &List) -> usize {
    match list {
        Cons(_, next) => 1 + len(next),
        Nil => 0,
    }
}

fn main() {
    let list = Cons(1, Box::new(Cons(2, Box::new(Cons(3, Box::new(Nil))))));
    println!("{:?}", list);
    println!("sum = {}, len = {}", sum(&list), len(&list));
    let b = Box::new(5);
    println!("b = {}", b);
    let unboxed: i32 = *b;
    println!("unboxed + 1 = {}", unboxed + 1);
    let mut bx = Box::new(vec![1, 2]);
    bx.push(3);
    println!("bx = {:?}", bx);
    let nested = Box::new(Box::new(7));
    println!("nested = {}", **nested);
}
