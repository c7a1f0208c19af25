mod common;

use prices::Basket;

#[test]
fn full_basket() {
    let b = common::basket_of(&[100, 200]);
    assert_eq!(b.total(), 330);
}

#[test]
fn empty_basket() {
    assert_eq!(Basket::new().total(), 0);
}
