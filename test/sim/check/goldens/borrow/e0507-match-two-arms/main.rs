fn show(r: &Result<String, String>) {
    match *r {
        Ok(s) => println!("{s}"),
        Err(e) => println!("{e}"),
    }
}
fn main() { show(&Ok(String::from("x"))); }
