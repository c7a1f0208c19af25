fn double(x: i32) -> i32 {
    x * 2 + 1
}

fn main() {
    assert_eq!(double(0), 1);
    println!("double(0) ok");
    assert_ne!(double(1), 2);
    println!("double(1) ok");
    assert_eq!(double(2), 4);
    println!("unreachable");
}
