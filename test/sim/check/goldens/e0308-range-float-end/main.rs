fn main() {
    let limit = 2.5f32;
    let mut n = 0;
    for i in 0..limit {
        n += i;
    }
    println!("{n}");
}
