fn main() {
    println!("{:?}", 1.0);
    println!("{:?}", 0.1);
    println!("{:?}", 0.1 + 0.2);
    println!("{:?}", -0.0);
    println!("{:?}", 100.0);
    println!("{:?}", 1e21);
    println!("{:?}", 1e15);
    println!("{:?}", 1e16);
    println!("{:?}", 1e-7);
    println!("{:?}", 0.0001);
    println!("{:?}", 1.5e300);
    println!("{:?}", f64::NAN);
    println!("{:?}", f64::INFINITY);
    println!("{:?}", 2.5f32);
    println!("{:?}", vec![1.0, 2.5, -3.0]);
    println!("{:?}", (0.5, 1.0));
    println!("{:?}", Some(3.0));
    println!("{:.1?}", 2.25);
    println!("{}", 100.0);
    println!("{}", 1e-5);
}
