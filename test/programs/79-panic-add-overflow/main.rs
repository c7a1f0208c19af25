fn add(a: u8, b: u8) -> u8 {
    a + b
}

fn main() {
    println!("200 + 55 = {}", add(200, 55));
    println!("200 + 56 = {}", add(200, 56));
}
