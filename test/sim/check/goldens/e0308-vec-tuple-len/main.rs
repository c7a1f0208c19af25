fn main() {
    let (a, b): (Vec<i32>, Vec<char>) = vec![(1, 'a'), (2, )].into_iter().unzip();
    println!("{:?} {:?}", a, b);
}
