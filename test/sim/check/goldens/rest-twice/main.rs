fn main() {
    let nums = (1, 2, 3, 4);
    match nums {
        (.., mid, ..) => println!("{mid}"),
    }
}
