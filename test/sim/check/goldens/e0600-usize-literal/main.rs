fn main() {
    let x: usize = -1;
    println!("{}", x);
}
