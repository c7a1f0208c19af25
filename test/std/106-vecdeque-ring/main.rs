// VecDeque as a ring buffer: as_slices shows where the buffer wraps after push_front / pop_front and growth,
// make_contiguous joins it; *_mut and *_if variants, insert/remove, rotate, swap_remove_*, capacity methods.
use std::collections::VecDeque;

fn main() {
    let mut d: VecDeque<i32> = VecDeque::new();
    println!("new: cap {} {:?}", d.capacity(), d.as_slices());
    d.push_back(1);
    d.push_back(2);
    d.push_front(0);
    println!("push_front: {:?} cap {} slices {:?}", d, d.capacity(), d.as_slices());
    d.push_front(-1);
    d.push_back(3);
    println!("grown: {:?} cap {} slices {:?}", d, d.capacity(), d.as_slices());
    println!("pop_front: {:?} pop_back: {:?}", d.pop_front(), d.pop_back());
    d.push_back(30);
    d.push_back(40);
    d.push_back(50);
    println!("wrapped: {:?} slices {:?}", d, d.as_slices());
    d.make_contiguous();
    println!("make_contiguous: {:?}", d.as_slices());
    d.make_contiguous().sort_by(|a, b| b.cmp(a));
    println!("sorted contiguous: {:?}", d);

    let mut q = VecDeque::with_capacity(4);
    println!("with_capacity: cap {} empty {}", q.capacity(), q.is_empty());
    *q.push_back_mut(5) += 1;
    *q.push_front_mut(4) *= 10;
    println!("push_*_mut: {:?} slices {:?}", q, q.as_slices());
    *q.insert_mut(1, 7) += 100;
    q.insert(0, 1);
    println!("insert: {:?} slices {:?}", q, q.as_slices());
    println!("remove(1): {:?} remove(9): {:?}", q.remove(1), q.remove(9));
    println!("after remove: {:?} slices {:?}", q, q.as_slices());
    if let (front, back) = q.as_mut_slices() {
        front[0] = 11;
        if let Some(x) = back.last_mut() {
            *x = 66;
        }
    }
    println!("as_mut_slices: {:?}", q);
    println!("pop_front_if even: {:?}", q.pop_front_if(|x| *x % 2 == 0));
    println!("pop_back_if even: {:?}", q.pop_back_if(|x| *x % 2 == 0));
    println!("after pops: {:?}", q);

    let mut r: VecDeque<i32> = (1..=6).collect();
    r.rotate_left(2);
    println!("rotate_left(2): {:?} slices {:?}", r, r.as_slices());
    r.rotate_right(5);
    println!("rotate_right(5): {:?} slices {:?}", r, r.as_slices());
    println!("swap_remove_back(1): {:?} -> {:?}", r.swap_remove_back(1), r);
    println!("swap_remove_front(3): {:?} -> {:?}", r.swap_remove_front(3), r);
    println!("swap_remove out of range: {:?} {:?}", r.swap_remove_back(9), r.swap_remove_front(9));
    r.swap(0, 1);
    println!("swap: {:?} front {:?} back {:?}", r, r.front(), r.back());
    if let Some(f) = r.front_mut() {
        *f = 0;
    }
    if let Some(b) = r.back_mut() {
        *b = 9;
    }
    println!("front_mut/back_mut: {:?} get(1) {:?} get(9) {:?}", r, r.get(1), r.get(9));
    if let Some(x) = r.get_mut(1) {
        *x = -5;
    }
    println!("range(1..3): {:?}", r.range(1..3).collect::<Vec<_>>());
    for x in r.range_mut(..2) {
        *x *= 2;
    }
    println!("range_mut(..2): {:?} contains 9: {}", r, r.contains(&9));
}
