struct Pair {
    a: String,
    b: String,
}

fn take(p: Pair) -> usize {
    p.a.len() + p.b.len()
}

fn main() {
    let p = Pair { a: String::from("x"), b: String::from("yy") };
    let first = p.a;
    println!("{}", first);
    let total = take(p);
    println!("{}", total);
}
