// slice::get with ranges (None when out of bounds), swap, and swap's index-out-of-bounds panic
// located at the method name (it is #[track_caller]).
fn main() {
    let v = vec![1, 2, 3];
    println!("{:?} {:?} {:?} {:?}", v.get(1..), v.get(2..5), v.get(..=0), v.get(3..3));
    let mut w = vec![1, 2, 3];
    w.swap(0, 2);
    println!("{:?}", w);
    w.swap(1, 7);
    println!("unreachable");
}
