// A range is its own iterator: `next`, `nth`, `by_ref`, `position` and `next_back` move its bounds, and an
// exhausted `a..=b` says so (and is not equal to a fresh one); a cloned iterator goes on from the same place with its own position.
fn main() {
    let mut r = 0..5;
    r.next();
    println!("{:?} {:?}", r, r.len());
    let firsts: Vec<i32> = r.by_ref().take(2).collect();
    println!("{:?} {:?}", firsts, r);
    println!("{:?}", r.position(|x| x == 4));
    let n = r.next();
    println!("{:?} {:?} {}", r, n, r.is_empty());

    let mut q = 1..=3;
    q.next_back();
    println!("{:?} {}", q, q.contains(&2));
    for _ in q.by_ref() {}
    println!("{:?} {} {}", q, q.is_empty(), q.contains(&2));

    let mut c = 'a'..'e';
    c.nth(1);
    let last = c.next_back();
    println!("{:?} {:?}", c, last);

    let mut down = 10..20;
    let (a, b) = (down.nth_back(2), down.next_back());
    println!("{:?} {:?} {:?}", a, b, down);
    let mut seen = Vec::new();
    while let Some(x) = down.next() {
        if x > 12 { break; }
        seen.push(x);
    }
    println!("{:?} {:?}", seen, down);

    let mut it = [1, 2, 3].iter();
    it.next();
    let mut it2 = it.clone();
    it2.next();
    println!("{:?} {:?}", it.next(), it2.next());

    let mut ch = "héllo".chars();
    ch.next();
    let mut ch2 = ch.clone();
    ch.next();
    println!("{:?} {:?}", ch.next(), ch2.next());

    let mut steps = 0..3;
    steps.next();
    let mut again = steps.clone();
    again.next();
    println!("{:?} {:?} {:?}", steps, again, steps.clone().sum::<i32>());

    let mut done = 1..=1;
    done.next();
    println!("{} {} {} {}", (0..3) == (0..3), (1..=3) != (1..=4), (2..) == (2..), done == (1..=1));
}
