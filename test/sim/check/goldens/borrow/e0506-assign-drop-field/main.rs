struct P { name: String }
fn main() {
    let mut p = P { name: String::from("a") };
    let r = &p.name;
    p.name = String::from("b");
    println!("{r}");
}
