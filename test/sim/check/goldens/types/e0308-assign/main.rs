fn main() {
    let mut label = "abc";
    label = label.len();
    println!("{label}");
}
