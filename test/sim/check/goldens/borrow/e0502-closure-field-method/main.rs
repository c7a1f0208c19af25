struct Player { name: String, tags: Vec<String> }
fn main() {
    let mut p = Player { name: String::from("kim"), tags: vec![] };
    let mut add = || p.tags.push(String::from("x"));
    let t = &p.tags;
    add();
    println!("{:?} {}", t, p.name);
}
