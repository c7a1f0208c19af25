struct Noisy;
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("dropped (never printed)");
    }
}
fn check(balance: i64) {
    if balance < 0 {
        eprintln!("fatal: negative balance {}", balance);
        std::process::abort();
    }
    println!("balance {} ok", balance);
}
fn main() {
    let _n = Noisy;
    check(10);
    print!("partial line ");
    check(-5);
    println!("unreachable");
}
