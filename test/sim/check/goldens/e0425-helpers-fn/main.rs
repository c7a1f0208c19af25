mod helpers {
    pub fn twice(n: i32) -> i32 {
        n * 2
    }
}

fn main() {
    println!("{}", helpers::thrice(2));
}
