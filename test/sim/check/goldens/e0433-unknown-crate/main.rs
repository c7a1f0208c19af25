fn main() {
    let n = fancy_rng::random();
    println!("{n}");
}
