fn main() {
    println!("before panic");
    let code = 7;
    panic!("crash and burn: code {}", code);
}
