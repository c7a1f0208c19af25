use std::env;

struct Settings {
    first: String,
}

impl Settings {
    fn from_args(args: &[String]) -> Settings {
        Settings { first: args[0].clone() }
    }
}

fn count(args: &[String]) -> usize {
    args.len()
}

fn main() {
    let s = Settings::from_args(env::args());
    let n = count(env::args());
    println!("{} {}", s.first, n);
}
