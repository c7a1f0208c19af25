use prices::{with_tax, Basket};
use std::env;

fn main() {
    let mut basket = Basket::new();
    for a in env::args().skip(1) {
        let cents: u32 = a.parse().expect("a price in cents");
        basket.add(cents);
    }
    println!("one item: {}", with_tax(1000));
    println!("total: {}", basket.total());
}
