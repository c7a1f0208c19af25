fn main() {
    let count = 3;
    let total = count * 2;
    println!("{}", totl);
}
