fn grow(s: &String) {
    s.push_str("!");
}

fn main() {
    let s = String::from("a");
    grow(&s);
}
