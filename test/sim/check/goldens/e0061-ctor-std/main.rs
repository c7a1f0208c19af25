// `Some` called with no value and with two: rustc's note points into core's source.
fn main() {
    let items = vec![1, 2, 3];
    let first = items.first().copied();
    println!("{:?} {:?}", first, Some());
    println!("{:?}", Some(4, 5));
}
