fn main() {
    let mut s = String::from("hey");
    let r1 = &s;
    let r2 = &mut s;
    r2.push('!');
    println!("{r1}");
}
