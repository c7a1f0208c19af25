struct D(i32);
impl Drop for D {
    fn drop(&mut self) {
        println!("  drop {}", self.0);
    }
}
fn f((a, _): (D, D), b: D, (_, c): (D, D)) {
    let x = D(99);
    println!("  body {} {} {} {}", a.0, b.0, c.0, x.0);
}
fn g(_: D, y: D) {
    println!("  g {}", y.0);
}
struct W { a: D, b: D }
fn h(W { a, .. }: W) {
    println!("  h {}", a.0);
}
fn main() {
    f((D(1), D(2)), D(3), (D(4), D(5)));
    println!("--");
    g(D(6), D(7));
    println!("--");
    h(W { a: D(8), b: D(9) });
    println!("--");
    let k = |(a, _): (D, D), _: D| println!("  k {}", a.0);
    k((D(10), D(11)), D(12));
    println!("end");
}
