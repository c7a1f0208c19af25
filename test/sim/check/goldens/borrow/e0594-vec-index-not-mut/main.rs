fn main() {
    let v = vec![1, 2];
    v[0] = 5;
    let t = (1, 2);
    t.0 = 3;
    println!("{:?} {:?}", v, t);
}
