fn main() {
    let x = 1;
    let r = &x;
    *r = 2;
    let v = vec![1];
    let first = v.first().unwrap();
    *first = 3;
    println!("{r}");
}
