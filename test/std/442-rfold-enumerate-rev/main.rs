fn main() {
    let v = vec![1, 2, 3, 4, 5, 6, 7];
    let mut n = 0;
    let mut it = v.iter().map(|x| { n += 1; x * 100 });
    let a = it.next_back();
    let b = it.next();
    let c = it.rfold(0, |acc, x| { println!("rf {x}"); acc + x });
    println!("{:?} {:?} {c} {n}", a, b);
    let r: Result<i32, String> = v.iter().try_rfold(0, |acc, &x| if x > 3 { Ok(acc + x) } else { Err(format!("stop at {x}")) });
    println!("{:?}", r);
    let e1: Vec<_> = v.iter().rev().enumerate().take(2).collect();
    let e2: Vec<_> = v.iter().enumerate().rev().take(2).collect();
    println!("{:?} {:?}", e1, e2);
    println!("{:?}", v.iter().skip(10).rev().next());
    println!("{:?}", v.iter().take(10).rev().collect::<Vec<_>>());
    println!("{:?}", v.iter().step_by(1).rev().collect::<Vec<_>>());
    println!("{:?}", v.iter().step_by(100).rev().collect::<Vec<_>>());
    println!("{:?}", (0..100).step_by(33).rev().collect::<Vec<_>>());
    let mut k = v.iter().skip(2);
    println!("{:?} {:?} {:?}", k.next_back(), k.len(), k.next());
    let words = ["ab", "cd"];
    let ch: String = words.iter().flat_map(|w| w.chars()).rev().collect();
    println!("{ch}");
    println!("{:?}", v.iter().map(|x| x * 2).rposition(|x| x == 8));
    println!("{:?}", v.iter().rev().position(|&x| x == 2));
    println!("{:?}", v.iter().filter(|&&x| x % 2 == 1).last());
    println!("{:?}", v.iter().rev().last());
    println!("{:?}", v.iter().rev().rev().nth_back(0));
}
