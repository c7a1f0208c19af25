fn main() {
    let v: Vec<i32> = (0..10).collect();
    println!("{:?}", v.iter().skip(3).rev().collect::<Vec<_>>());
    println!("{:?}", v.iter().take(3).rev().collect::<Vec<_>>());
    println!("{:?}", v.iter().step_by(3).rev().collect::<Vec<_>>());
    println!("{:?}", v.iter().skip(2).step_by(4).rev().collect::<Vec<_>>());
    println!("{:?}", (0..10).map(|x| { println!("t {x}"); x }).take(3).rev().collect::<Vec<_>>());
    println!("{:?}", (0..6).map(|x| { println!("s {x}"); x }).skip(4).rev().collect::<Vec<_>>());
    let mut st = (0..10).step_by(3);
    println!("{:?} {:?} {:?} {:?}", st.next_back(), st.next(), st.next_back(), st.next());
    let mut tk = v.iter().take(5);
    println!("{:?} {:?} {:?}", tk.next_back(), tk.next(), tk.len());
}
