fn main() {
    let x = 3;
    let y: i32 = if x > 2 {
        1
    };
    println!("{y}");
}
