fn main() {
    let num = Box::new(1);
}
