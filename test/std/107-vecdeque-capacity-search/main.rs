// VecDeque bulk edits and capacity: append / split_off / drain / extend / resize(_with) / retain(_mut) /
// truncate / clear, reserve / try_reserve / shrink_to, searching a sorted deque, and insert's panic inside std.
use std::collections::VecDeque;

fn main() {
    let mut a: VecDeque<i32> = VecDeque::from(vec![1, 2, 3]);
    let mut b: VecDeque<i32> = VecDeque::from([4, 5]);
    a.push_front(0);
    a.append(&mut b);
    println!("append: {:?} {:?} cap {} slices {:?}", a, b, a.capacity(), a.as_slices());
    let tail = a.split_off(4);
    println!("split_off: {:?} {:?} tail cap {}", a, tail, tail.capacity());
    a.extend([7, 8, 9]);
    println!("extend: {:?} cap {} slices {:?}", a, a.capacity(), a.as_slices());
    let mid: Vec<i32> = a.drain(2..4).collect();
    println!("drain(2..4): {:?} left {:?} slices {:?}", mid, a, a.as_slices());
    let front: Vec<i32> = a.drain(..1).collect();
    println!("drain(..1): {:?} left {:?} slices {:?}", front, a, a.as_slices());
    a.extend(a.clone().iter().map(|x| x * 10).filter(|x| *x > 50));
    println!("extend filtered: {:?} cap {}", a, a.capacity());

    a.resize(8, 0);
    println!("resize(8, 0): {:?}", a);
    let mut k = 100;
    a.resize_with(10, || {
        k += 1;
        k
    });
    println!("resize_with(10): {:?} cap {}", a, a.capacity());
    a.resize_with(4, || 0);
    println!("resize_with(4): {:?}", a);
    a.retain(|&x| x != 8);
    println!("retain: {:?}", a);
    a.retain_mut(|x| {
        *x += 1;
        *x % 2 == 0
    });
    println!("retain_mut: {:?}", a);
    a.truncate(1);
    println!("truncate(1): {:?} len {}", a, a.len());
    a.clear();
    println!("clear: {:?} cap {} slices {:?}", a, a.capacity(), a.as_slices());

    let mut c: VecDeque<u8> = VecDeque::new();
    c.reserve(3);
    println!("reserve(3): cap {}", c.capacity());
    c.extend(b"abc");
    c.reserve_exact(5);
    println!("reserve_exact(5): cap {}", c.capacity());
    println!("try_reserve(20): {:?} cap {}", c.try_reserve(20), c.capacity());
    println!("try_reserve_exact(30): {:?} cap {}", c.try_reserve_exact(30), c.capacity());
    println!("try_reserve overflow: {:?}", c.try_reserve(usize::MAX));
    println!("try_reserve_exact overflow: {}", c.try_reserve_exact(usize::MAX).is_err());
    c.shrink_to(10);
    println!("shrink_to(10): cap {}", c.capacity());
    c.pop_front();
    c.push_back(b'd');
    c.shrink_to_fit();
    println!("shrink_to_fit: {:?} cap {} slices {:?}", c, c.capacity(), c.as_slices());

    let mut s: VecDeque<i32> = VecDeque::new();
    for x in [30, 40, 50] {
        s.push_back(x);
    }
    for x in [20, 10] {
        s.push_front(x);
    }
    println!("sorted deque {:?} slices {:?}", s, s.as_slices());
    println!("binary_search 40: {:?}, 35: {:?}, 5: {:?}", s.binary_search(&40), s.binary_search(&35), s.binary_search(&5));
    println!("binary_search_by: {:?}", s.binary_search_by(|x| x.cmp(&20)));
    println!("binary_search_by_key: {:?}", s.binary_search_by_key(&5, |x| x / 10));
    println!("partition_point < 35: {}", s.partition_point(|&x| x < 35));
    for x in s.iter_mut() {
        *x += 1;
    }
    let total: i32 = s.iter().sum();
    println!("iter_mut/iter: {:?} sum {}", s, total);
    s.insert(9, 0);
}
