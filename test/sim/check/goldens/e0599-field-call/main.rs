struct Rect {
    w: u32,
}

fn main() {
    let r = Rect { w: 2 };
    println!("{}", r.w());
}
