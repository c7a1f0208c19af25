fn main() {
    let n = 3;
    let x: i32 = if n > 2 {
        1
    } else {
        "two"
    };
    println!("{x}");
}
