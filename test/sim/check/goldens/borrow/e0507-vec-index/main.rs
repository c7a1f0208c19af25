fn main() {
    let v = vec![String::from("a")];
    let s = v[0];
    println!("{s}");
}
