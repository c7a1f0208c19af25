fn main() {
    let count = 1;
    println!("{count}");
    count = 2;
    println!("{count}");
}
