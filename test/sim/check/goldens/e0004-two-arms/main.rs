#[derive(Debug)]
enum Coin {
    Penny,
    Nickel,
    Dime,
}

fn value(c: Coin) -> u8 {
    match c {
        Coin::Penny => 1,
        Coin::Nickel => 5,
    }
}

fn main() {
    println!("{}", value(Coin::Dime));
}
