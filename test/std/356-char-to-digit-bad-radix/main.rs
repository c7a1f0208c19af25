// char::to_digit checks its radix: 40 is past 36, so it panics inside core.
fn main() {
    for c in ['7', 'f', 'z'] {
        println!("{c}: {:?} {:?} {:?}", c.to_digit(10), c.to_digit(16), c.to_digit(36));
    }
    println!("{:?}", 'z'.to_digit(40));
}
