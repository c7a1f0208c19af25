struct Noisy { label: String, n: u32 }
impl Drop for Noisy {
    fn drop(&mut self) { println!("drop {}", self.label); }
}
fn main() {
    let q = Noisy { label: String::from("q"), n: 7 };
    let c = move || q.label.len();
    println!("{}", q.n);
    c();
}
