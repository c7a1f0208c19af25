fn name() -> String {
    "kim"
}

fn main() {
    println!("{}", name());
}
