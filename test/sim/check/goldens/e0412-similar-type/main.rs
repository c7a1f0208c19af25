struct Rectangle {
    w: u32,
    h: u32,
}

fn area(r: &Rectangel) -> u32 {
    r.w * r.h
}

fn main() {
    let r = Rectangle { w: 3, h: 4 };
    println!("{}", r.w + r.h);
}
