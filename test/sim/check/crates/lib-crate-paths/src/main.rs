mod report;

use lib_crate_paths::inventory::restock;
use lib_crate_paths::Item;

fn main() {
    let apples = Item { name: String::from("apple"), count: 3 };
    let more = restock(apples, 2);
    report::print(&more);
    println!("{}", apples.count);
}
