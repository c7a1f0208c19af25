fn show(r: &Option<String>) {
    if let Some(s) = *r {
        println!("{s}");
    }
}
fn main() { show(&Some(String::from("x"))); }
