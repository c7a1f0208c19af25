struct P { x: i32 }
fn bump(p: &P) {
    p.x += 1;
}
fn main() { let p = P { x: 1 }; bump(&p); println!("{}", p.x); }
