struct Rect {
    w: u32,
    h: u32,
}

impl Rect {
    fn square(size: u32) -> Rect {
        Rect { w: size, h: size }
    }
}

fn main() {
    let r = Rect::square(3, 4);
    println!("{} {}", r.w, r.h);
}
