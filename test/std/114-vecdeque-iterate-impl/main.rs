// A VecDeque walked by &, &mut and rev, compared, used as a sliding window, and extended by a user trait
// impl for VecDeque<i32> (dispatched on the deque, not on Vec) that sorts it through make_contiguous.
use std::collections::VecDeque;
fn main() {
    let mut dq: VecDeque<i32> = VecDeque::new();
    for i in 0..5 {
        if i % 2 == 0 { dq.push_back(i) } else { dq.push_front(i) }
    }
    for x in &dq { print!("{} ", x); }
    println!();
    for x in dq.iter().rev() { print!("{} ", x); }
    println!();
    for x in &mut dq { *x *= 2; }
    println!("{:?} {:?}", dq, dq.as_slices());
    let other: VecDeque<i32> = VecDeque::from(vec![6, 2, 0, 4, 8]);
    println!("{}", dq == other);
    let v: Vec<i32> = dq.iter().map(|x| x + 1).collect();
    println!("{:?}", v);
    let mut window = VecDeque::with_capacity(3);
    let mut maxes = Vec::new();
    for x in [4, 8, 1, 9, 3, 2] {
        if window.len() == 3 { window.pop_front(); }
        window.push_back(x);
        maxes.push(*window.iter().max().unwrap());
    }
    println!("{:?} {:?} cap {} slices {:?}", maxes, window, window.capacity(), window.as_slices());
    let mut q2 = dq.clone();
    q2.extend(vec![1, 2]);
    q2.sort_hack();
}
trait SortHack { fn sort_hack(&mut self); }
impl SortHack for VecDeque<i32> {
    fn sort_hack(&mut self) {
        self.make_contiguous().sort();
        println!("{:?} {:?}", self, self.as_slices());
    }
}
