fn main() {
    let v = vec![3, 1, 4, 1, 5, 9, 2, 6];
    println!("{:?}", v.iter().rposition(|&x| x == 1));
    println!("{:?}", v.iter().rfind(|&&x| x > 4));
    println!("{}", v.iter().rfold(String::new(), |s, x| format!("{s}{x}")));
    let mut it = v.iter();
    println!("{:?} {:?} {:?}", it.nth_back(2), it.next(), it.nth_back(0));
    println!("{:?}", it.rposition(|&x| x == 4));
    println!("{:?}", it.collect::<Vec<_>>());
    println!("{:?}", (0..5).map(|x| { println!("l {x}"); x }).last());
    println!("{:?}", v.iter().inspect(|x| println!("i {x}")).rev().nth(1));
    let c: Vec<i32> = v.iter().cloned().rev().take(2).collect();
    let d: Vec<i32> = v.iter().copied().rev().skip(6).collect();
    println!("{:?} {:?}", c, d);
    let mut r = (0..5).rev();
    println!("{:?} {:?}", r.next(), r.next_back());
    println!("{:?}", (0..5).rev().rev().collect::<Vec<_>>());
}
