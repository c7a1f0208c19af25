// Iterator::peekable: peek / peek_mut / next_if / next_if_eq, grouping runs, and double-ended access.
fn main() {
    let v = vec![1, 1, 2, 3, 3, 3, 4];
    let mut it = v.iter().peekable();
    let mut groups = Vec::new();
    while let Some(&x) = it.next() {
        let mut n = 1;
        while it.peek() == Some(&&x) {
            it.next();
            n += 1;
        }
        groups.push((x, n));
    }
    println!("{:?}", groups);

    let mut p = "12+34".chars().peekable();
    let mut num = 0;
    while let Some(d) = p.next_if(|c| c.is_ascii_digit()) {
        num = num * 10 + d.to_digit(10).unwrap();
    }
    println!("{} {:?} {:?}", num, p.next_if_eq(&'+'), p.peek());
    let rest: String = p.collect();
    println!("{}", rest);

    let mut q = [10, 20, 30].into_iter().peekable();
    if let Some(x) = q.peek_mut() {
        *x += 5;
    }
    println!("{:?} {:?}", q.next(), q.peek());
    let mut empty = std::iter::empty::<i32>().peekable();
    println!("{:?}", empty.peek());

    let mut r = (1..=6).into_iter();
    println!("{:?} {:?} {:?}", r.next(), r.next_back(), r.next_back());
    let left: Vec<i32> = r.collect();
    println!("{:?}", left);
    let w = vec!["a", "b", "c", "d"];
    println!("{:?} {:?}", w.iter().rev().next(), w.iter().nth_back(1));
    println!("{:?}", w.iter().rposition(|&s| s == "b"));
    println!("{:?}", w.iter().rfind(|s| s.len() == 1));
}
