use fancy_rng::Rng;

fn main() {
    println!("{}", 1);
}
