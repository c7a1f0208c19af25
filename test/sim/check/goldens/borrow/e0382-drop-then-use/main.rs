fn main() {
    let words = vec![String::from("a")];
    drop(words);
    println!("{:?}", words);
}
