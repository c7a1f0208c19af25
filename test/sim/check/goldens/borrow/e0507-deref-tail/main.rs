fn f(r: &String) -> String {
    *r
}
fn main() { println!("{}", f(&String::new())); }
