// Assignments rustc accepts: through `&mut` (params, `self`, iterators, patterns, `as_mut`), into `mut`
// bindings and late-initialised ones, into `Box`es, through `RefCell` / `Mutex` guards and `get_mut`.
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Mutex;

struct P { x: i32, inner: Q }
struct Q { y: i32 }

impl P {
    fn bump(&mut self) { self.x += 1; self.inner.y = self.x; }
}

fn set(r: &mut i32, p: &mut P, s: &mut [i32], v: &mut Vec<i32>) {
    *r = 5;
    p.inner.y += 1;
    s[0] = 9;
    v[0] += 1;
}

fn main() {
    let mut n = 0;
    let mut p = P { x: 1, inner: Q { y: 0 } };
    let mut arr = [1, 2];
    let mut v = vec![1];
    set(&mut n, &mut p, &mut arr, &mut v);
    p.bump();
    let t: (i32, i32);
    t = (1, 2);
    let mut ps = vec![P { x: 0, inner: Q { y: 0 } }, P { x: 1, inner: Q { y: 1 } }];
    for q in ps.iter_mut() { q.x += 10; }
    for q in &mut ps { q.inner.y = q.x; }
    let mut opt = Some(P { x: 3, inner: Q { y: 3 } });
    if let Some(q) = opt.as_mut() { q.x = 30; }
    if let Some(ref mut q) = opt { q.inner.y = 31; }
    if let Some(q) = &mut opt { q.x += 1; }
    let mut b = Box::new(P { x: 7, inner: Q { y: 7 } });
    b.x = 8;
    let cell = RefCell::new(P { x: 0, inner: Q { y: 0 } });
    cell.borrow_mut().x = 4;
    let shared = Rc::new(RefCell::new(0));
    *shared.borrow_mut() += 2;
    let m = Mutex::new(1);
    *m.lock().unwrap() += 1;
    let mut counts: HashMap<&str, i32> = HashMap::new();
    counts.insert("a", 1);
    *counts.get_mut("a").unwrap() += 1;
    let mut w = 0;
    let r = &mut w;
    *r += 1;
    let mut inc = || p.x += 100;
    inc();
    let o = opt.map(|q| q.x + q.inner.y).unwrap_or(0);
    println!("{n} {} {} {:?} {:?} {:?} {o} {}", p.x, p.inner.y, arr, v, t, b.x);
    println!("{} {} {} {:?} {w}", ps[1].x + ps[0].inner.y, cell.borrow().x, shared.borrow(), m.lock().unwrap());
    println!("{:?}", counts);
}
