fn main() {
    let b = false;
    match b {
        false => println!("no")
    }
}
