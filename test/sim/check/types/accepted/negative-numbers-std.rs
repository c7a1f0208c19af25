// Negative numbers next to std calls the checker must accept: signed parameters (`checked_add`, `powi`,
// `wrapping_add`), negatives on signed values, and unsigned parameters given non-negative values.
fn main() {
    let mut v = vec![4, 5, 6, 7];
    let step: i32 = -2;
    let x = 3i32.checked_add(-1).unwrap_or(0);
    let y = 2.0f64.powi(-2);
    let z = 10i64.wrapping_add(-11).abs();
    let p = 2i32.pow(3) - 1;
    v.rotate_left(1);
    v.truncate(3);
    v.swap(0, 2);
    let got = v.get(1).copied().unwrap_or(-1);
    let back = v[v.len() - 1];
    let signed: Vec<i32> = v.iter().map(|n| -n).collect();
    let third = "abcd".chars().nth(2).unwrap_or('-');
    let line = "ab".repeat(2);
    let neg = -(v.len() as i64);
    println!("{} {} {} {} {} {} {:?} {} {} {} {:?} {}", step, x, y, z, p, got, signed, third, line, neg, v, back);
}
