struct Slot {
    name: Option<String>,
}

fn main() {
    let name = String::from("a");
    let s = Slot { name };
    println!("{:?}", s.name);
}
