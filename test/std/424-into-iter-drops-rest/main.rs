// An unfinished `into_iter()` drops the items it has not yielded when it is dropped (drop(it), the end of its scope,
// a `for` that breaks); `by_ref()` lends it without giving them up.
struct Noisy(i32);
impl Drop for Noisy { fn drop(&mut self) { println!("drop {}", self.0); } }
fn main() {
    let v = vec![Noisy(1), Noisy(2), Noisy(3)];
    let mut it = v.into_iter();
    let first = it.next().unwrap();
    println!("took {}", first.0);
    drop(it);
    println!("after drop(it)");
    let w = vec![Noisy(4), Noisy(5)];
    for n in w { if n.0 == 4 { println!("break at 4"); break; } }
    {
        let mut rest = vec![Noisy(6), Noisy(7), Noisy(8)].into_iter();
        rest.next();
        println!("scope ends");
    }
    let mut partly = vec![Noisy(9), Noisy(10)].into_iter();
    for n in partly.by_ref() { println!("got {}", n.0); break; }
    println!("end");
}
