fn take(s: String) -> usize { s.len() }
fn f(r: &String) -> usize {
    take(*r)
}
fn main() { println!("{}", f(&String::new())); }
