// An argument printed inline (`{total:?}`) is borrowed after the explicit ones, so popping first is fine;
// assigning to a variable already passed to the same `println!` is not.
fn main() {
    let mut total = vec![1, 2];
    println!("{total:?} after {:?}", total.pop());
    let mut count = 1;
    println!("{} {}", count, { count += 1; count });
}
