struct Count { lo: u32, hi: u32 }
impl Iterator for Count {
    type Item = u32;
    fn next(&mut self) -> Option<u32> { if self.lo < self.hi { self.lo += 1; println!("front {}", self.lo - 1); Some(self.lo - 1) } else { None } }
}
impl DoubleEndedIterator for Count {
    fn next_back(&mut self) -> Option<u32> { if self.lo < self.hi { self.hi -= 1; println!("back {}", self.hi); Some(self.hi) } else { None } }
}
fn main() {
    let v: Vec<u32> = Count { lo: 0, hi: 5 }.rev().take(2).collect();
    println!("{:?}", v);
    let mut c = Count { lo: 0, hi: 4 };
    println!("{:?} {:?}", c.next_back(), c.next());
    let m: Vec<u32> = Count { lo: 1, hi: 4 }.map(|x| x * x).rev().collect();
    println!("{:?}", m);
    let cs: Vec<char> = ('\u{d7fe}'..='\u{e001}').rev().collect();
    println!("{:?}", cs);
    let mut s = "añb€c".chars();
    s.next_back();
    let t = s.clone();
    s.next();
    println!("{:?} {:?} {:?}", s.as_str(), t.as_str(), t.rev().collect::<String>());
    let mut it = [1, 2, 3, 4, 5].iter();
    it.next_back();
    let mut cl = it.clone();
    println!("{:?} {:?} {:?}", cl.next_back(), it.len(), cl.len());
}
