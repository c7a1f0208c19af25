struct Holder {
    name: &str,
    id: u32,
}

fn main() {
    let h = Holder { name: "a", id: 1 };
    println!("{} {}", h.name, h.id);
}
