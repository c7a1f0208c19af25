fn check(n: i32) -> i32 {
    if n < 0 {
        continue;
    }
    n
}

fn main() {
    println!("{}", check(1));
}
