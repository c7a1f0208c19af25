// Vec::split_off past the length panics at the call (#[track_caller]) with the index and the length.
fn main() {
    let mut v = vec![10, 20, 30];
    let tail = v.split_off(3);
    println!("{:?} {:?}", v, tail);
    let more = v.split_off(4);
    println!("{:?}", more);
}
