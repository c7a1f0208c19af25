use lib_crate_paths::{describe, Item};

pub fn print(item: &Item) {
    println!("{}", describe(item));
}
