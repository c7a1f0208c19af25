fn main() {
    let v: Vec<i32> = (1..=10).collect();
    let f: Vec<_> = v.iter().filter(|x| { println!("p {x}"); **x % 3 == 0 }).rev().take(2).collect();
    println!("{:?}", f);
    let fm: Vec<_> = v.iter().filter_map(|x| { println!("fm {x}"); if x % 4 == 0 { Some(x * 10) } else { None } }).rev().collect();
    println!("{:?}", fm);
    let fl: Vec<_> = vec![vec![1, 2], vec![], vec![3, 4, 5]].into_iter().flatten().rev().collect();
    println!("{:?}", fl);
    let mut fmi = (0..3).flat_map(|x| { println!("o {x}"); (0..x).map(move |y| x * 10 + y) });
    println!("{:?} {:?} {:?}", fmi.next_back(), fmi.next(), fmi.next_back());
    println!("{:?}", fmi.collect::<Vec<_>>());
}
