fn main() {
    let v: Vec<i32> = (0..4).map(|x| { println!("f {x}"); x * 2 }).rev().take(2).collect();
    println!("{:?}", v);
    let w: Vec<u64> = (0..u64::MAX).rev().take(3).collect();
    println!("{:?}", w);
    let z: Vec<(i32, char)> = (1..).zip("abc".chars()).collect();
    println!("{:?}", z);
    let c: Vec<char> = ('a'..='e').rev().step_by(2).collect();
    println!("{:?}", c);
}
