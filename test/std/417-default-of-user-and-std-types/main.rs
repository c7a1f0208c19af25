use std::cell::{Cell, RefCell};
use std::collections::{HashMap, VecDeque};
use std::rc::Rc;

#[derive(Debug)]
struct Level { n: i32 }
impl Default for Level { fn default() -> Level { Level { n: 7 } } }

#[derive(Debug, Default)]
struct Stats { hits: u32, level: Level }

fn main() {
    let mut s = Level { n: 1 };
    let t = std::mem::take(&mut s);
    s.n += 1;
    println!("{:?} {:?}", s, t);

    let mut b = Box::new(5);
    let c = std::mem::take(&mut b);
    *b += 10;
    println!("{} {}", b, c);

    let mut r = Rc::new(String::from("hi"));
    let r2 = std::mem::take(&mut r);
    println!("{:?} {:?} {}", r, r2, Rc::strong_count(&r2));

    let mut d = VecDeque::from([1, 2]);
    let e = std::mem::take(&mut d);
    d.push_front(3);
    println!("{:?} {:?}", d, e);

    let cell = Cell::new(Level { n: 4 }.n);
    println!("{} {}", cell.take(), cell.get());
    let rc = RefCell::new(Level { n: 9 });
    let old = rc.take();
    println!("{:?} {:?}", old, rc.borrow());

    let mut st = Stats { hits: 3, level: Level { n: 2 } };
    let taken = std::mem::take(&mut st);
    println!("{:?} {:?}", st, taken);

    let mut m = HashMap::new();
    m.insert("a", Stats::default());
    m.entry("b").or_default().hits += 1;
    let mut keys: Vec<_> = m.iter().map(|(k, v)| format!("{k}={}/{}", v.hits, v.level.n)).collect();
    keys.sort();
    println!("{:?}", keys);
}
