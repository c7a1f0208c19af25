fn main() {
    let word = String::from("hi");
    let c = word[1];
    println!("{c}");
}
