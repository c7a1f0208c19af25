// VecDeque as a queue and a deque: push/pop at both ends, front/back, Option-returning remove,
// iteration, indexing, collect, and capacity growth like Vec.
use std::collections::VecDeque;

fn main() {
    let mut q: VecDeque<i32> = VecDeque::new();
    q.push_back(1);
    q.push_back(2);
    q.push_front(0);
    println!("{:?} len={} cap={}", q, q.len(), q.capacity());
    println!("{:?} {:?}", q.front(), q.back());
    println!("{:?} {:?} {:?}", q.pop_front(), q.pop_back(), q);
    q.extend([7, 8, 9]);
    if let Some(x) = q.front_mut() {
        *x *= 10;
    }
    if let Some(x) = q.back_mut() {
        *x += 1;
    }
    println!("{:?} {} {}", q, q[1], q.contains(&8));
    println!("{:?} {:?} {:?}", q.remove(1), q.remove(99), q);
    q.insert(1, 5);
    let total: i32 = q.iter().sum();
    println!("{:?} {}", q, total);
    let mut d = VecDeque::from(vec![3, 1, 2]);
    d.make_contiguous().sort();
    println!("{:?}", d);
    let c: VecDeque<char> = "abc".chars().collect();
    println!("{:?} {}", c, c.is_empty());
    let mut work = VecDeque::from([1]);
    let mut seen = Vec::new();
    while let Some(n) = work.pop_front() {
        seen.push(n);
        if n < 20 {
            work.push_back(n * 2);
            work.push_back(n * 3);
        }
    }
    println!("{:?}", seen);
    let e = d.clone();
    d.clear();
    println!("{:?} {:?}", d, e);
}
