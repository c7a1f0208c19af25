fn main() {
    let v = vec![String::from("a")];
    let n = v[0].len() + take(v[0]);
    println!("{n}");
}
fn take(s: String) -> usize { s.len() }
