use std::fs::File;

fn main() {
    let f = File::open("x.txt")?;
    println!("{:?}", f);
}
