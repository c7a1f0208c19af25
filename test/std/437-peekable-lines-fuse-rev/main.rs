fn main() {
    let mut p = [1, 2, 3, 4].iter().peekable();
    println!("{:?}", p.peek());
    println!("{:?} {:?} {:?}", p.next_back(), p.next(), p.next_back());
    let mut p2 = [1].iter().peekable();
    println!("{:?}", p2.peek());
    println!("{:?} {:?}", p2.next_back(), p2.next());
    let l: Vec<&str> = "a\nb\nc".lines().rev().collect();
    println!("{:?}", l);
    let w: Vec<&str> = " x  y z ".split_whitespace().rev().collect();
    println!("{:?}", w);
    let mut r = 1..=3;
    println!("{:?} {:?} {:?} {:?}", r.next_back(), r.next(), r.next_back(), r.next());
    let s: i32 = (1..=100).rev().step_by(7).take(3).sum();
    println!("{s}");
    let mut f = (0..4).fuse();
    println!("{:?} {:?}", f.next_back(), f.next());
    let mut br = vec![1, 2, 3, 4].into_iter();
    let top: Vec<i32> = br.by_ref().rev().take(2).collect();
    println!("{:?} {:?}", top, br.collect::<Vec<_>>());
}
