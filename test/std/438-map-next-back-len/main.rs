fn main() {
    let v = vec![1, 2, 3, 4, 5, 6];
    let mut it = v.iter().map(|x| { println!("m {x}"); x * 10 });
    println!("{:?}", it.next());
    println!("{:?}", it.next_back());
    println!("{:?}", it.nth_back(1));
    println!("{:?}", it.len());
    println!("{:?}", it.size_hint());
    println!("{:?}", it.next());
    let e: Vec<_> = "hey".chars().rev().enumerate().collect();
    println!("{:?}", e);
    let x: Vec<_> = v.iter().enumerate().skip(1).rev().step_by(2).collect();
    println!("{:?}", x);
    let t = (0..1_000_000_000u32).rev().find(|x| x % 7 == 0);
    println!("{:?}", t);
    let y: Vec<(usize, u32)> = (0..u32::MAX).enumerate().rev().take(2).collect();
    println!("{:?}", y);
}
