fn main() {
    let name = String::from("kim");
    let other = name;
    println!("{} {}", name, other);
}
