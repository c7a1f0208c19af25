struct Rect {
    w: u32,
}

fn main() {
    let r = Rect { w: 2 };
    r.grow(3);
    println!("{}", r.w);
}
