fn main() {
    let echo = |v| v;
    let a = echo(String::from("x"));
    let b = echo(7);
    println!("{a} {b}");
}
