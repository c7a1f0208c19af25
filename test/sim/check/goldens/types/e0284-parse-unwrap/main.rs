fn main() {
    let input = String::from("17");
    let n = input.trim().parse().unwrap();
    println!("{n}");
}
