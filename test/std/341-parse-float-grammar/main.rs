// Which texts parse as floats: signs, a missing integer or fraction part, exponents, infinities and NaN
// in any case — but no spaces, underscores or hex.
fn main() {
    let inputs = ["3.", ".5", "-2.5e3", "1E-2", "+7", "inf", "-Infinity", "NaN", "nan", "INF",
                  " 1.0", "1_000.0", "0x10", "1e", "e5", ".", "", "1.5f", "--1"];
    for s in inputs {
        match s.parse::<f64>() {
            Ok(x) => println!("{s:?} -> {x}"),
            Err(e) => println!("{s:?} -> error: {e}"),
        }
    }
    let small: f32 = "0.1".parse().unwrap();
    println!("{} {}", small, small as f64);
    println!("{:?}", "16777217".parse::<f32>());
}
