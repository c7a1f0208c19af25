trait Unit {
    fn symbol() -> &'static str;
}

struct Metre;
struct Second;

impl Unit for Metre {
    fn symbol() -> &'static str {
        "m"
    }
}

impl Unit for Second {
    fn symbol() -> &'static str {
        "s"
    }
}

fn main() {
    let s = Unit::symbol();
    println!("{s}");
}
