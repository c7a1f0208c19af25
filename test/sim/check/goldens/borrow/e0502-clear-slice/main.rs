fn first(s: &str) -> &str {
    &s[..1]
}

fn main() {
    let mut s = String::from("hello");
    let f = first(&s);
    s.clear();
    println!("{f}");
}
