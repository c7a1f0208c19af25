fn main() {
    let count = "3".parse().expect("a number");
    println!("got {}", count);
}
