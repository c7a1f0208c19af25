fn main() {
    let n = 5;
    let r = &mut n;
    *r += 1;
}
