fn main() {
    let x: Option<u8> = None;
    match x {
        None => println!("none"),
    }
}
