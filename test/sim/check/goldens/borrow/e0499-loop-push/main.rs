fn main() {
    let mut x = 0;
    let mut refs = Vec::new();
    for _ in 0..2 {
        refs.push(&mut x);
    }
    println!("{}", refs.len());
}
