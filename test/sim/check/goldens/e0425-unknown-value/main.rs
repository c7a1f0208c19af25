fn main() {
    println!("{}", nothing_here + 1);
}
