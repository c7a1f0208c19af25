// Vec::drain over every range form: the drained part comes out in order, the rest stays.
fn main() {
    let mut v = vec![10, 21, 32, 43, 54];
    let tail: Vec<i32> = v.drain(3..).collect();
    println!("{:?} {:?}", v, tail);
    let mut w = vec![1, 2, 3, 4, 5, 6];
    let head: Vec<i32> = w.drain(..2).collect();
    println!("{:?} {:?}", w, head);
    let mid: Vec<i32> = w.drain(1..=2).collect();
    println!("{:?} {:?}", w, mid);
    let mut s = vec![String::from("a"), String::from("b"), String::from("c")];
    for x in s.drain(1..2) {
        println!("took {}", x);
    }
    println!("{:?} {}", s, s.len());
    let all: Vec<String> = s.drain(..).collect();
    println!("{:?} {:?} {}", s, all, s.is_empty());
    let mut e = vec![1, 2, 3];
    let none: Vec<i32> = e.drain(1..1).collect();
    println!("{:?} {:?}", e, none);
    let mut p = vec![1, 2, 3];
    let n = p.drain(..5).count();
    println!("{}", n);
}
