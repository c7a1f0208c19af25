fn make() -> &String {
    let s = String::from("x");
    &s
}

fn main() {
    println!("{}", make());
}
