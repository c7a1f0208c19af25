pub mod items;

use items::Item;

pub fn total(items: &[Item]) -> u32 {
    items.iter().map(|i| i.price).sum()
}
