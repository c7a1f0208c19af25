struct Meters(f64);
struct Feet(f64);

fn main() {
    let m: Meters = Feet(3.0);
    println!("{}", m.0);
}
