struct Rect {
    w: u32,
}

fn main() {
    let r = Rect::new(3);
}
