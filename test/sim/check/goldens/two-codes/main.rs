fn main() {
    let v = undefined_a;
    let w = Missing::new();
    println!("{v} {w}");
}
