fn area(w: u32, h: u32, d: u32) -> u32 {
    w * h * d
}

fn main() {
    println!("{}", area(1));
}
