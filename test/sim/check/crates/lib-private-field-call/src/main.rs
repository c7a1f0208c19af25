use lib_private_field_call::Gauge;

fn main() {
    let mut g = Gauge::new("fuel");
    g.raise();
    println!("{} {}", g.label(), g.level());
}
