fn main() {
    let mut x = String::from("hi");
    let s = &mut x;
    println!("{}", x.len());
    s.push('!');
}
