fn main() {
    let mut o: Option<i32> = None;
    let r = &o;
    o.get_or_insert(5);
    o.replace(3);
    o.insert(4);
    println!("{:?}", r);
}
