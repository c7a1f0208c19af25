// `x.into()` into std targets known from the declared type: a wider integer, a float, a String from a char or a
// str, an Option; `String::from` of a char.
fn main() {
    let n: i64 = 5i32.into();
    let u: u64 = 7u8.into();
    let f: f64 = 3u8.into();
    let g: f64 = 1.5f32.into();
    let s: String = 'c'.into();
    let t: String = "text".into();
    let o: Option<i32> = 5.into();
    let c: char = 65u8.into();
    let v: Vec<u8> = "hi".into();
    println!("{} {} {} {} {} {} {:?} {} {:?}", n, u, f, g, s, t, o, c, v);
    let a = String::from('가');
    println!("[{}] {}", a, a.len());
    let mut word = String::from('x');
    word.push_str("yz");
    println!("{}", word);
}
