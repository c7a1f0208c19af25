fn greeting() -> &str {
    "hello"
}

fn main() {
    println!("{}", greeting());
}
