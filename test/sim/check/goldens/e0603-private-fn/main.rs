mod kitchen {
    fn cook() -> u32 {
        7
    }
}

fn main() {
    println!("{}", kitchen::cook());
}
