// f32 keeps about 7 digits: a literal is rounded to f32 when written, widening to f64 shows the error,
// and the f32 constants are the f64 ones rounded.
fn main() {
    let a = 0.1f32;
    let b: f32 = 0.2;
    println!("{} {} {}", a + b, (a + b) as f64, a as f64);
    println!("{} {}", 16777217.0f32, 16777216.0f32 + 1.0);
    println!("{} {}", 100.0f32 / 3.0, 100.0f64 / 3.0);
    println!("{} {}", std::f32::consts::PI, std::f64::consts::PI);
    println!("{} {}", std::f32::consts::FRAC_1_SQRT_2, std::f64::consts::FRAC_1_SQRT_2);
    println!("{} {}", std::f64::consts::TAU, std::f64::consts::FRAC_PI_2.sin());
    println!("{} {}", std::f64::consts::LOG2_10, std::f64::consts::LN_10.exp());
    let mut sum = 0.0f32;
    for _ in 0..10 { sum += 0.1; }
    println!("{} {}", sum, sum == 1.0);
    let mut sum64 = 0.0f64;
    for _ in 0..10 { sum64 += 0.1; }
    println!("{} {}", sum64, (sum64 - 1.0).abs() < f64::EPSILON);
}
