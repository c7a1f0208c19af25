fn main() {
    let name = String::from("ferris");
    let moved = name;
    println!("{name} {moved}");
}
