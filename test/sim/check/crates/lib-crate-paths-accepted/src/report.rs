use lib_crate_paths_accepted::{describe, Item};

pub fn print(item: &Item) {
    println!("{}", describe(item));
}
