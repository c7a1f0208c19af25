pub struct Item {
    pub name: String,
    pub price: u32,
}

impl Item {
    pub fn new(name: &str, price: u32) -> Item {
        Item { name: name.to_string(), price }
    }
}

pub fn show(item: &Item) {
    println!("{}: {}", item.name, item.price);
}
