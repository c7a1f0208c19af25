fn eat(s: String) {
    println!("{s}");
}

fn main() {
    let s = String::from("x");
    for _ in 0..3 {
        eat(s);
    }
}
