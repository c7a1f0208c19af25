fn main() {
    let v: Vec<(i32, char)> = vec![(1,), (2, 'b', 4)];
    println!("{}", v.len());
}
