pub mod inventory;

pub struct Item {
    pub name: String,
    pub count: u32,
}

pub fn describe(item: &Item) -> String {
    crate::inventory::label(&item.name, item.count)
}
