fn main() { println!("{}", checks::add_two(1)); }
#[test]
fn in_main() { assert!(true); }
