// Accepted by rustc 1.95: `Display`/`Debug` bounds named through a glob import and a module's own `use`.
use std::fmt::*;

fn f<T: Display>(t: T) -> String {
    format!("{t}")
}

mod inner {
    use std::fmt::Debug;
    pub fn g<T>(t: T) -> String
    where
        T: Debug,
    {
        format!("{t:?}")
    }
}

fn main() {
    println!("{} {}", f(1), inner::g(2));
}
