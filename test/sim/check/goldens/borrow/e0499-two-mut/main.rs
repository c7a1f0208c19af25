fn main() {
    let mut text = String::from("abc");
    let a = &mut text;
    let b = &mut text;
    a.push('d');
    b.push('e');
}
