fn main() {
    let v = vec!['a', 'b', 'c'];
    for (i, c) in v.iter().enumerate().rev() { println!("{i} {c}"); }
    let a = [1, 2, 3, 4, 5];
    let b = [10, 20, 30];
    let z: Vec<_> = a.iter().zip(b.iter()).rev().collect();
    println!("{:?}", z);
    let z2: Vec<_> = a.iter().map(|x| { println!("m {x}"); x * 1 }).zip(b.iter()).rev().collect();
    println!("{:?}", z2);
    let ch: Vec<_> = a.iter().chain(b.iter()).rev().collect();
    println!("{:?}", ch);
    let mut it = a.iter().chain(b.iter());
    println!("{:?} {:?} {:?}", it.next_back(), it.next(), it.next_back());
}
