fn main() {
    let big = true;
    let size: u32 = if big {
        "large"
    } else {
        10
    };
    println!("{size}");
}
