use lib_test_accepted::Counter;

#[test]
fn adds_up() {
    let mut c = Counter::new();
    for n in 1..=3 {
        c.hit(n);
    }
    assert_eq!(c.total(), 6);
}
