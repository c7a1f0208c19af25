fn square(x: i64) -> i64 {
    x * x
}

fn main() {
    let s = String::from("3");
    println!("{}", square(s));
}
