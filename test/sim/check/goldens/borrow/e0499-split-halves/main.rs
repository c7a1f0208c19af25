fn halves(xs: &mut [u8]) -> (&mut [u8], &mut [u8]) {
    let n = xs.len() / 2;
    (&mut xs[..n], &mut xs[n..])
}

fn main() {
    let mut data = [1, 2, 3, 4];
    let (a, b) = halves(&mut data);
    a[0] = b[0];
}
