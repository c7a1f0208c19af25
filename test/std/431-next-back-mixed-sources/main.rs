fn main() {
    let v = vec![1, 2, 3, 4, 5];
    let mut it = v.iter();
    println!("{:?} {:?} {:?}", it.next(), it.next_back(), it.next());
    println!("{:?}", it.collect::<Vec<_>>());
    let mut c = "héllo".chars();
    println!("{:?} {:?} {:?} {:?}", c.next(), c.next_back(), c.next(), c.as_str());
    let mut ci = "aéb".char_indices();
    println!("{:?} {:?} {:?}", ci.next_back(), ci.next(), ci.next_back());
    let mut b = "abc".bytes();
    println!("{:?} {:?} {:?} {:?}", b.next_back(), b.next(), b.len(), b.next_back());
    let mut s = "a,b,c,d".split(',');
    println!("{:?} {:?} {:?}", s.next_back(), s.next(), s.collect::<Vec<_>>());
    let r: Vec<&str> = "x y  z".split(' ').rev().collect();
    println!("{:?}", r);
}
