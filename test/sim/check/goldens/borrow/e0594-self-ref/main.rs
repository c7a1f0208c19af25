struct P { x: i32 }
impl P {
    fn bump(&self) { self.x += 1; }
}
fn main() { let p = P { x: 1 }; p.bump(); }
