enum Light {
    Red,
    Green,
}

fn main() {
    let l = Light::Blue;
    match l {
        Light::Red => println!("r"),
        Light::Green => println!("g"),
    }
}
