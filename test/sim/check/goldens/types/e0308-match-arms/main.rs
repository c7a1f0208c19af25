fn main() {
    let n = 3;
    let s = match n {
        1 => "one",
        _ => 2,
    };
    println!("{s}");
}
