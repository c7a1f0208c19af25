fn biggest<T>(xs: &[T]) -> &T {
    let mut big = &xs[0];
    for x in xs {
        if x > big {
            big = x;
        }
    }
    big
}

fn main() {
    println!("{}", biggest(&[1, 2]));
}
