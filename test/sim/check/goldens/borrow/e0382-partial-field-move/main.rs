#[derive(Debug)]
struct Person {
    name: String,
    age: u32,
}

fn main() {
    let p = Person { name: String::from("민수"), age: 30 };
    let n = p.name;
    println!("{}", n);
    println!("{:?}", p);
}
