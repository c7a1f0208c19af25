struct Cart {
    items: Vec<u32>,
}

fn main() {
    let c = Cart { items: vec![1] };
    println!("{:?}", c.items());
}
