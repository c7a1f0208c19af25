fn evens(limit: u32) -> Vec<u32> {
    for n in 0..limit {
        let _ = n;
    }
}

fn main() {
    println!("{:?}", evens(4));
}
