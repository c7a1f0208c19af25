// from_str_radix accepts radixes 2 to 36 only; 1 panics inside core.
fn main() {
    for radix in [2, 8, 16, 36, 1] {
        println!("{radix}: {:?}", u32::from_str_radix("101", radix));
    }
}
