// BinaryHeap as a task queue: the buffer order std keeps (as_slice / iter), append and extend (which
// rebuild only the tail), retain, drain, and Vec-like capacity (reserve, reserve_exact, shrink_to).
use std::cmp::Reverse;
use std::collections::BinaryHeap;

fn main() {
    let mut heap: BinaryHeap<u32> = BinaryHeap::with_capacity(4);
    println!("with_capacity(4): cap {} len {} empty {}", heap.capacity(), heap.len(), heap.is_empty());
    for x in [5, 1, 8, 3, 9, 2] {
        heap.push(x);
    }
    println!("cap after 6 pushes: {}", heap.capacity());
    println!("as_slice: {:?}", heap.as_slice());
    println!("iter: {:?}", heap.iter().collect::<Vec<_>>());
    println!("sum via iter: {} max: {:?}", heap.iter().sum::<u32>(), heap.iter().max());
    println!("peek: {:?}", heap.peek());

    let mut other = BinaryHeap::from(vec![7, 4, 10]);
    heap.append(&mut other);
    println!("append: {:?} other len {}", heap.as_slice(), other.len());
    let mut small = BinaryHeap::from(vec![100]);
    small.append(&mut heap);
    println!("append into smaller: {:?} / {}", small.as_slice(), heap.len());
    small.extend(vec![6, 11, 0]);
    println!("extend: {:?}", small.as_slice());
    small.extend([50]);
    println!("extend one: {:?}", small.as_slice());
    let mut big: BinaryHeap<u32> = (1..=20).collect();
    big.extend(21..=23);
    println!("extend tail of 3 into 20: {:?}", big.as_slice());

    small.retain(|x| x % 2 == 0);
    println!("retain evens: {:?}", small.as_slice());
    let mut order = Vec::new();
    while let Some(top) = small.pop() {
        order.push(top);
    }
    println!("pops: {:?}", order);
    big.retain(|x| *x > 15);
    println!("retain > 15: {:?}", big.as_slice());
    let drained: Vec<u32> = big.drain().collect();
    println!("drain: {:?} then len {}", drained, big.len());

    let mut tasks = BinaryHeap::new();
    for (pri, name) in [(2, "빨래"), (5, "마감"), (1, "산책"), (5, "회의"), (3, "장보기")] {
        tasks.push((pri, name));
    }
    println!("cap {}", tasks.capacity());
    tasks.reserve(10);
    println!("reserve(10): {}", tasks.capacity());
    tasks.shrink_to_fit();
    println!("shrink_to_fit: {}", tasks.capacity());
    tasks.reserve_exact(3);
    println!("reserve_exact(3): {}", tasks.capacity());
    tasks.shrink_to(6);
    println!("shrink_to(6): {}", tasks.capacity());
    println!("try_reserve: {:?} {}", tasks.try_reserve(20), tasks.capacity());
    println!("try_reserve_exact: {:?} {}", tasks.try_reserve_exact(40), tasks.capacity());
    println!("{:?}", tasks.into_sorted_vec());

    let mut mins = BinaryHeap::new();
    for x in [30, 10, 20] {
        mins.push(Reverse(x));
    }
    println!("min first: {:?}", mins.pop().map(|Reverse(x)| x));
    mins.clear();
    println!("cleared: {} {:?}", mins.is_empty(), mins.peek());
}
