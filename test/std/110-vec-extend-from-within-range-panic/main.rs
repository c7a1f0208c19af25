// extend_from_within checks its range like slicing does, inside core (slice::range): the message names the
// end and the length, and the location is core's slice/index.rs.
fn main() {
    let mut v = vec![1, 2, 3];
    v.extend_from_within(..=1);
    println!("{:?}", v);
    v.extend_from_within(3..9);
    println!("{:?}", v);
}
