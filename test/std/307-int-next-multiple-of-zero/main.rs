// next_multiple_of(0) divides by zero inside core (a u64 align of zero).
fn align(offset: u64, to: u64) -> u64 {
    offset.next_multiple_of(to)
}

fn main() {
    println!("{} {} {}", align(13, 8), align(16, 8), align(1, 4096));
    println!("{}", align(13, 0));
}
