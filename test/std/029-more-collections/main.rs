// More slice / Vec / VecDeque / Rc / Cell / RefCell items: split by predicate, chunk_by,
// sort_by_cached_key, select_nth_unstable, copy_within, splice, extract_if, pop_if, reserve,
// deque get / swap / rotate / retain / resize / binary_search / split_off, Rc::try_unwrap, Cell::swap.
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

fn main() {
    let v = [1, 2, 0, 3, 0, 0, 4];
    println!("{:?}", v.split(|&x| x == 0).collect::<Vec<_>>());
    println!("{:?}", v.rsplit(|&x| x == 0).collect::<Vec<_>>());
    println!("{:?}", v.splitn(2, |&x| x == 0).collect::<Vec<_>>());
    println!("{:?}", v.split_inclusive(|&x| x == 0).collect::<Vec<_>>());
    println!("{:?}", [1, 1, 2, 3, 3, 3].chunk_by(|a, b| a == b).collect::<Vec<_>>());
    let mut w = vec!["ccc", "a", "bb"];
    w.sort_by_cached_key(|s| s.len());
    println!("{:?}", w);
    let mut u = [5, 1, 4, 2, 3];
    let (_, mid, _) = u.select_nth_unstable(2);
    println!("{}", mid);
    let mut c = [1, 2, 3, 4, 5];
    c.copy_within(0..2, 3);
    println!("{:?} {:?} {:?}", c, c.split_at_checked(2), c.split_at_checked(9));
    let mut bytes = *b"Hello";
    bytes.make_ascii_uppercase();
    println!("{:?} {} {}", std::str::from_utf8(&bytes), bytes.is_ascii(), b"abc".eq_ignore_ascii_case(b"ABC"));
    let mut s = vec![1, 2, 3, 4, 5];
    let removed: Vec<i32> = s.splice(1..3, [20, 30, 40]).collect();
    println!("{:?} {:?}", s, removed);
    let evens: Vec<i32> = s.extract_if(.., |x| *x % 2 == 0).collect();
    println!("{:?} {:?}", s, evens);
    println!("{:?} {:?}", s.pop_if(|x| *x > 3), s);
    let mut r: Vec<u8> = Vec::new();
    r.reserve(10);
    println!("{} {}", r.capacity() >= 10, r.len());
    let mut d: VecDeque<i32> = (1..=6).collect();
    d.swap(0, 5);
    d.rotate_left(2);
    println!("{:?} {:?} {:?}", d, d.get(1), d.get(9));
    if let Some(x) = d.get_mut(0) {
        *x = 0;
    }
    d.retain(|&x| x != 4);
    d.truncate(4);
    println!("{:?} {} {}", d, d.len(), d.contains(&0));
    d.resize(6, 9);
    let back = d.split_off(4);
    println!("{:?} {:?}", d, back);
    let mut sorted: VecDeque<i32> = VecDeque::from(vec![1, 3, 5, 7]);
    println!("{:?} {:?}", sorted.binary_search(&5), sorted.binary_search(&4));
    for x in sorted.iter_mut() {
        *x *= 2;
    }
    let drained: Vec<i32> = sorted.drain(1..3).collect();
    println!("{:?} {:?}", sorted, drained);
    let rc = Rc::new(String::from("solo"));
    println!("{:?}", Rc::try_unwrap(rc));
    let a = Rc::new(5);
    let b = Rc::clone(&a);
    println!("{:?} {}", Rc::try_unwrap(a), Rc::strong_count(&b));
    println!("{:?}", Rc::into_inner(b));
    let shared = Rc::new(vec![1]);
    let keep = Rc::clone(&shared);
    let mut mine = Rc::unwrap_or_clone(shared);
    mine.push(2);
    println!("{:?} {:?}", mine, keep);
    let x = Cell::new(1);
    let y = Cell::new(2);
    x.swap(&y);
    println!("{} {}", x.get(), y.get());
    let mut z = Cell::new(10);
    *z.get_mut() += 1;
    println!("{}", z.get());
    let p = RefCell::new(1);
    let q = RefCell::new(2);
    p.swap(&q);
    let old = p.replace_with(|v| *v * 10);
    println!("{} {} {}", old, p.borrow(), q.borrow());
}
