fn main() {
    let total;
    for i in 0..3 {
        total = i;
    }
}
