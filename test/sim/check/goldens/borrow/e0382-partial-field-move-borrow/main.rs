struct Pair {
    a: Vec<i32>,
    b: i32,
}

fn main() {
    let p = Pair { a: vec![1, 2], b: 3 };
    let v = p.a;
    let r = &p;
    println!("{:?} {}", v, r.b);
}
