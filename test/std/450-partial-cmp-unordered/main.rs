// `partial_cmp` with a NaN on either side is None (also inside a tuple and a derived PartialOrd struct); the
// ordered cases still answer Some.
#[derive(Debug, PartialEq, PartialOrd)]
struct P { x: f64, y: f64 }

fn main() {
    println!("{:?}", 1.0f64.partial_cmp(&f64::NAN));
    println!("{:?}", f64::NAN.partial_cmp(&1.0));
    println!("{:?}", f32::NAN.partial_cmp(&f32::NAN));
    println!("{:?}", 2.0f64.partial_cmp(&1.0));
    println!("{:?}", (1.0, f64::NAN).partial_cmp(&(1.0, 2.0)));
    println!("{:?}", (0.5, f64::NAN).partial_cmp(&(1.0, 2.0)));
    println!("{:?}", P { x: 1.0, y: f64::NAN }.partial_cmp(&P { x: 1.0, y: 0.0 }));
    println!("{:?}", P { x: 1.0, y: 3.0 }.partial_cmp(&P { x: 1.0, y: 0.0 }));
    let v = [3.5, f64::NAN, -1.0];
    let ordered: Vec<bool> = v.windows(2).map(|w| w[0].partial_cmp(&w[1]).is_some()).collect();
    println!("{:?}", ordered);
    match 0.0f64.partial_cmp(&-0.0) { Some(o) => println!("{:?}", o), None => println!("unordered") }
}
