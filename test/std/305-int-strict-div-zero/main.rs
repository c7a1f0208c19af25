// strict_div: a zero divisor of an unsigned type panics at the call; strict_rem_euclid too.
fn main() {
    let slots: u32 = 17;
    for width in [5u32, 3, 0] {
        println!("{} rows, {} left", slots.strict_div(width), slots.strict_rem_euclid(width));
    }
}
