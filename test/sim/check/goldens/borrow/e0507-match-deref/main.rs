fn show(r: &Option<String>) {
    match *r {
        Some(s) => println!("{s}"),
        None => println!("none"),
    }
}
fn main() { show(&Some(String::from("x"))); }
