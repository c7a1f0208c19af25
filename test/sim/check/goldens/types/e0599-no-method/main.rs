struct Cart {
    items: Vec<u32>,
}

impl Cart {
    fn total(&self) -> u32 {
        self.items.iter().sum()
    }
}

fn main() {
    let c = Cart { items: vec![1] };
    c.checkout();
    println!("{}", c.total());
}
