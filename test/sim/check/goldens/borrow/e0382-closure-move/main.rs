fn main() {
    let data = vec![1, 2, 3];
    let f = move || println!("{:?}", data);
    f();
    println!("{:?}", data);
}
