use crate::Item;

pub fn label(name: &str, count: u32) -> String {
    format!("{name} x{count}")
}

pub fn restock(item: Item, extra: u32) -> Item {
    Item { count: item.count + extra, ..item }
}
