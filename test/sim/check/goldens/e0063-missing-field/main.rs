struct User {
    name: String,
    age: u32,
    active: bool,
}

fn main() {
    let u = User { name: String::from("kim"), age: 30 };
    println!("{} {}", u.name, u.age);
}
