struct P { name: String, tag: String, n: i32 }
fn show(r: &P) {
    let P { name, tag, n } = *r;
    println!("{name} {tag} {n}");
}
fn main() { show(&P { name: String::from("a"), tag: String::new(), n: 1 }); }
