struct Meters {
    value: f64,
}

fn main() {
    let m = Meters { value: 2.5 };
    let v = *m;
    println!("{}", m.value);
}
