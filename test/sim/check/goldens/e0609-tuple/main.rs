fn main() {
    let t = (1, 2.0, 'c');
    println!("{}", t.5);
}
