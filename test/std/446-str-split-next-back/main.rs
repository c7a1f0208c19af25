fn main() {
    let s = String::from("a,b,,c,");
    let mut sp = s.split(',');
    println!("{:?} {:?} {:?}", sp.next_back(), sp.next(), sp.next_back());
    println!("{:?}", s.split_terminator(',').rev().collect::<Vec<_>>());
    println!("{:?}", s.rsplit(',').rev().collect::<Vec<_>>());
    println!("{:?}", "a1b22c".split(|c: char| c.is_ascii_digit()).rev().collect::<Vec<_>>());
    println!("{:?}", "x.y-z".split(['.', '-']).rev().collect::<Vec<_>>());
    println!("{:?}", "abcabc".matches('b').rev().count());
    println!("{:?}", "a\tb c".split_ascii_whitespace().rev().collect::<Vec<_>>());
    println!("{:?}", "one\ntwo\n".split_inclusive('\n').rev().collect::<Vec<_>>());
}
