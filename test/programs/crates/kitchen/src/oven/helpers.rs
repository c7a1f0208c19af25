pub fn sum(xs: &[u32]) -> u32 {
    xs.iter().sum()
}
