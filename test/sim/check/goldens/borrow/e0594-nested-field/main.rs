struct P { x: i32, inner: Q }
struct Q { y: i32 }
fn f(p: &mut P, q: &P) {
    p.inner.y = 1;
    q.inner.y = 2;
}
fn main() { let mut a = P { x: 0, inner: Q { y: 0 } }; let b = P { x: 0, inner: Q { y: 0 } }; f(&mut a, &b); println!("{}", a.x); }
