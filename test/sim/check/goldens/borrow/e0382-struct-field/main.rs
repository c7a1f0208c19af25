struct User {
    name: String,
    age: u32,
}

fn main() {
    let u = User { name: String::from("a"), age: 3 };
    let n = u.name;
    println!("{} {}", n, u.age);
    println!("{}", u.name);
}
