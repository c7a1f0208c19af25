fn total(xs: &[u64]) -> u64 {
    xs.iter().sum()
}

fn main() {
    let mut v = vec![1u64, 2];
    let r: &Vec<u64> = &mut v;
    println!("{:?} {}", r, total(&v));
}
