// `println!` borrows each argument until it formats them all: a later argument that needs the same
// variable mutably conflicts with the earlier shared borrow.
fn main() {
    let mut scores = vec![10, 20];
    println!("{:?} then {:?}", scores, scores.pop());
}
