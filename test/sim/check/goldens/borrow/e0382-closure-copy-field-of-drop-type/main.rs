struct N(&'static str, String);
impl Drop for N {
    fn drop(&mut self) { println!("drop {}", self.0); }
}
fn main() {
    let n = N("a", String::from("s"));
    let c = move || n.0.len();
    println!("{} {}", c(), n.1);
    let m = N("b", String::from("t"));
    let d = move || m.1.len();
    println!("{} {}", d(), m.0);
}
