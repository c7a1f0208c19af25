fn take(v: Vec<i32>) {
    println!("{:?}", v);
}

fn main() {
    let v = vec![1];
    let r = &v;
    take(v);
    println!("{:?}", r);
}
