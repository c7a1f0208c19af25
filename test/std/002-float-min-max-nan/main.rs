// f64 / f32 min, max and clamp: a NaN operand is ignored; NaN only when both are NaN.
fn main() {
    let x = 0.1f64;
    println!("{} {}", x.max(f64::NAN), f64::NAN.min(2.0));
    println!("{} {}", x.min(f64::NAN), f64::NAN.max(-1.5));
    println!("{}", f64::NAN.max(f64::NAN).is_nan());
    println!("{} {}", 2.5f32.max(1.0), 2.5f32.min(1.0));
    println!("{} {}", (-0.5f64).clamp(0.0, 1.0), 7.25f64.clamp(0.0, 1.0));
    let xs = [3.5, f64::NAN, -2.0, 9.0];
    let hi = xs.iter().fold(f64::NEG_INFINITY, |m, &v| m.max(v));
    let lo = xs.iter().copied().fold(f64::INFINITY, f64::min);
    println!("{} {}", hi, lo);
}
