#[derive(Debug)]
struct Rect {
    w: u32,
}

impl Rect {
    fn square(size: u32) -> Self {
        Self { w: size }
    }
    fn area(&self) -> u32 {
        self.w * self.w
    }
}

fn main() {
    let r = Rect::new(3);
    println!("{:?}", r);
}
