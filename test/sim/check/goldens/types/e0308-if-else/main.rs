fn main() {
    let ok = true;
    let v = if ok { 1 } else { "one" };
    println!("{v}");
}
