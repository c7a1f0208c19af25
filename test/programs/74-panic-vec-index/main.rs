fn main() {
    let v = vec![1, 2, 3];
    let i = v.len() + 7;
    println!("reading v[{}]", i);
    let x = v[i];
    println!("x = {}", x);
}
