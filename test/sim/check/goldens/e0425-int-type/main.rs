fn inc(n: int) -> i32 {
    n + 1
}

fn main() {
    println!("{}", inc(1));
}
