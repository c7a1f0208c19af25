// f64 / f32 methods: rounding, roots and powers, logs, trig, classification, sign handling,
// Euclidean division, bits, total_cmp, conversions, and the printed results.
fn main() {
    let x = 2.75f64;
    let y = -2.5f64;
    println!("{} {} {} {} {}", x.floor(), x.ceil(), x.round(), x.trunc(), x.fract());
    println!("{} {} {} {}", y.round(), y.round_ties_even(), 3.5f64.round_ties_even(), y.abs());
    println!("{} {} {:.4} {}", 16f64.sqrt(), 27f64.cbrt(), 2f64.powf(0.5), 2f64.powi(10));
    println!("{:.4} {:.4} {:.4} {:.4}", 1f64.exp(), 3f64.exp2(), 1e-10f64.exp_m1(), 1e-10f64.ln_1p());
    println!("{:.4} {} {} {:.6}", 10f64.ln(), 1000f64.log10(), 8f64.log2(), 81f64.log(3.0));
    println!("{:.4} {:.4} {:.4} {:.4}", 1f64.sin(), 1f64.cos(), 1f64.tan(), 1f64.atan2(2.0));
    println!("{:.4} {:.4} {:.4}", 0.5f64.asin(), 0.5f64.acos(), 1f64.atan());
    println!("{:.4} {:.4} {:.4}", 1f64.sinh(), 1f64.cosh(), 1f64.tanh());
    println!("{:.4} {:.4} {:.4}", 1f64.asinh(), 2f64.acosh(), 0.5f64.atanh());
    let (s, c) = 0.5f64.sin_cos();
    println!("{:.4} {:.4} {:.4}", s, c, 3f64.hypot(4.0));
    println!("{} {} {}", 4f64.recip(), 3f64.copysign(-0.0), (-3f64).copysign(1.0));
    println!("{} {} {}", (-7f64).div_euclid(2.0), (-7f64).rem_euclid(2.0), 7.5f64 % 2.0);
    println!("{} {} {} {}", f64::NAN.is_nan(), f64::INFINITY.is_infinite(), 1f64.is_finite(), 0f64.is_normal());
    println!("{} {} {}", 1e-310f64.is_subnormal(), (-0.0f64).is_sign_negative(), 0.0f64.is_sign_positive());
    println!("{} {} {}", 2f64.signum(), (-2f64).signum(), 2.5f64.mul_add(2.0, 1.0));
    println!("{} {:.4} {}", 180f64.to_radians() == std::f64::consts::PI, std::f64::consts::PI.to_degrees(), 1.5f64.clamp(0.0, 1.0));
    println!("{:#x} {} {}", 1f64.to_bits(), f64::from_bits(0x4000000000000000), 1.5f32.to_bits());
    println!("{:?} {:?}", (-0.0f64).total_cmp(&0.0), f64::NAN.total_cmp(&f64::INFINITY));
    let mut v: Vec<f64> = vec![2.5, -1.0, 9.75, 0.0];
    v.sort_by(|a, b| a.total_cmp(b));
    println!("{:?}", v);
    println!("{} {} {}", 7.9f64 as i32, -7.9f64 as u8, 300.7f64 as u8);
    println!("{} {} {}", f64::MAX, f64::EPSILON, f32::MIN_POSITIVE);
    println!("{} {} {}", 0.1f32 + 0.2f32, 0.1f64 + 0.2f64, 1f32 / 3.0);
    println!("{} {}", 5f64.max(f64::NAN), 1.25f64.midpoint(2.5));
}
