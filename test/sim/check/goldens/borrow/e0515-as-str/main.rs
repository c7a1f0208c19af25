fn make<'a>(x: &'a str) -> &'a str {
    let s = String::from(x);
    s.as_str()
}

fn main() {
    println!("{}", make("q"));
}
