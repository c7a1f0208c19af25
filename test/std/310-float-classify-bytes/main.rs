// Inspecting floats: their category, their neighbours (next_up / next_down, the spacing of the grid),
// and their bytes in each order, round-tripped through from_*_bytes.
use std::num::FpCategory;

fn describe(x: f64) -> &'static str {
    match x.classify() {
        FpCategory::Nan => "not a number",
        FpCategory::Infinite => "infinite",
        FpCategory::Zero => "zero",
        FpCategory::Subnormal => "subnormal",
        FpCategory::Normal => "normal",
    }
}

fn main() {
    for x in [1.5, 0.0, -0.0, f64::NAN, f64::NEG_INFINITY, 1e-310, f64::MIN_POSITIVE] {
        println!("{:e} is {} ({:?})", x, describe(x), x.classify());
    }
    println!("{:?} {:?}", 1.0f32.classify(), 1e-40f32.classify());
    let one = 1.0f64;
    println!("{} {}", one.next_up(), one.next_down());
    println!("{} {}", one.next_up() - one, one - one.next_down());
    println!("{:e} {:e} {}", 0.0f64.next_up(), 0.0f64.next_down(), f64::MAX.next_up());
    println!("{} {} {}", f64::INFINITY.next_down() == f64::MAX, f64::NAN.next_up().is_nan(), (-1.0f64).next_up());
    println!("{} {} {:e}", 1.0f32.next_up(), 1.0f32.next_down(), (-0.0f32).next_up());
    let x = 6.25f64;
    println!("{:?}", x.to_be_bytes());
    println!("{:?}", x.to_le_bytes());
    println!("{}", x.to_ne_bytes() == x.to_le_bytes());
    println!("{} {}", f64::from_be_bytes(x.to_be_bytes()), f64::from_le_bytes([0, 0, 0, 0, 0, 0, 0xf0, 0x3f]));
    let y = -2.5f32;
    let bytes = y.to_be_bytes();
    println!("{:?} {:02x?}", bytes, y.to_le_bytes());
    println!("{} {} {}", f32::from_be_bytes(bytes), f32::from_le_bytes([0, 0, 0x80, 0x3f]), f32::from_ne_bytes(y.to_ne_bytes()));
}
