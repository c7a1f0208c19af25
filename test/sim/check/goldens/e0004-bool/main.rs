fn main() {
    let b = true;
    let n = match b {
        true => 1,
    };
    println!("{n}");
}
