fn main() {
    let v = vec![1, 2, 3];
    assert!(v.len() == 3);
    assert!(v.contains(&2), "should contain 2");
    println!("first asserts passed");
    let total: i32 = v.iter().sum();
    assert!(total > 10, "total was only {}", total);
    println!("unreachable");
}
