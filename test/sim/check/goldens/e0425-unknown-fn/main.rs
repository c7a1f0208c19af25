fn main() {
    let x = 5;
    let y = double(x);
    println!("{y}");
}
