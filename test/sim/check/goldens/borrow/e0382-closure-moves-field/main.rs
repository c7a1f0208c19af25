struct Player { name: String, score: u32 }
fn main() {
    let p = Player { name: String::from("kim"), score: 0 };
    let take = move || p.name;
    println!("{}", p.name);
    take();
}
