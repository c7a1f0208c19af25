fn pick<T>(a: &str, b: &str, c: &str, t: T) -> &str {
    a
}

fn main() {
    println!("{}", pick("a", "b", "c", 1));
}
