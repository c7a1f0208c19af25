fn show(r: &(String, i32)) {
    let (s, n) = *r;
    println!("{s} {n}");
}
fn main() { show(&(String::from("a"), 1)); }
