mod shop;

use shop::items::Item;

fn main() {
    let item = Item::new("pen", 3);
    shop::items::show(&item);
    println!("{}", crate::shop::total(&[item]));
}
