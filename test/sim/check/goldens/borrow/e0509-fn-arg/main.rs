struct Holder {
    label: String,
    count: u32,
}

impl Drop for Holder {
    fn drop(&mut self) {}
}

fn consume(s: String) {
    println!("{s}");
}

fn main() {
    let h = Holder { label: String::from("x"), count: 3 };
    let c = h.count;
    consume(h.label);
    println!("{c}");
}
