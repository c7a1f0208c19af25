fn show(r: &Option<String>) {
    let Some(s) = *r else { return; };
    println!("{s}");
}
fn main() { show(&Some(String::from("x"))); }
