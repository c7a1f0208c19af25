use std::collections::VecDeque;
#[derive(Debug)]
struct D(u32);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); } }
fn main() {
    let mut v = vec![D(1), D(2), D(3), D(4), D(5)];
    {
        let mut d = v.drain(1..4);
        let x = d.next_back();
        println!("got {:?}", x);
    }
    println!("left {:?}", v);
    let mut q: VecDeque<D> = VecDeque::new();
    q.push_back(D(6)); q.push_back(D(7)); q.push_back(D(8));
    {
        let mut d = q.drain(..);
        let x = d.next_back();
        println!("got {:?}", x);
    }
    println!("left {}", q.len());
    let w = vec![D(11), D(12), D(13)];
    let mut it = w.into_iter().rev().peekable();
    println!("{:?}", it.peek());
    let l = it.next_back();
    println!("{:?}", l);
    drop(it);
    println!("end");
}
