fn first() {
    let unused = 5;
}

fn second() -> u32 {
    "not a number"
}

fn main() {
    first();
    println!("{}", second());
}
