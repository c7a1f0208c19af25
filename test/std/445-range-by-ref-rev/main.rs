fn main() {
    let mut r = 0..10;
    let top: Vec<i32> = r.by_ref().rev().take(2).collect();
    println!("{:?} {:?}", top, r);
    let mut q = 1..=5;
    let s: Vec<i32> = q.by_ref().rev().skip(1).step_by(2).collect();
    println!("{:?} {:?}", s, q.next());
    let mut f = 3..;
    println!("{:?} {:?}", f.by_ref().take(2).collect::<Vec<_>>(), f);
    let mut c = 'a'..='e';
    println!("{:?} {:?} {:?}", c.next_back(), c.by_ref().rev().next(), c);
}
