fn main() {
    let a: Vec<usize> = (0..usize::MAX).take(3).rev().collect();
    println!("{:?}", a);
    let b: Vec<u8> = (0..=u8::MAX).rev().take(2).collect();
    println!("{:?}", b);
    let c: Vec<i8> = (i8::MIN..=i8::MAX).rev().skip(254).collect();
    println!("{:?}", c);
    let mut r = (0..10).rev();
    println!("{:?} {:?}", r.nth(2), r.nth_back(2));
    println!("{:?}", r.collect::<Vec<_>>());
    let mut q = 0..=5;
    println!("{:?} {:?}", q.nth_back(5), q.next_back());
    println!("{:?}", (5..2).rev().next());
    let big = (0..u64::MAX).rev().nth(1_000_000);
    println!("{:?}", big);
    let s: u64 = (1..=10u64).rev().step_by(3).sum();
    println!("{s}");
    let ex: Vec<i64> = (-3..3i64).rev().collect();
    println!("{:?}", ex);
    let mut st = (0..20).step_by(6);
    println!("{:?} {:?} {:?}", st.len(), st.next_back(), st.len());
}
