use prices::Basket;

pub fn basket_of(items: &[u32]) -> Basket {
    let mut b = Basket::new();
    for i in items {
        b.add(*i);
    }
    b
}
