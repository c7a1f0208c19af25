fn main() {
    let s = String::from("hi");
    let b = s.into_boxed_str();
    println!("{} {}", b, s);
}
