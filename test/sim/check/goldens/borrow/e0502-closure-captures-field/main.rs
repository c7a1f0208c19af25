struct Player { name: String, score: u32 }
fn main() {
    let mut p = Player { name: String::from("kim"), score: 0 };
    let mut bump = || p.score += 1;
    println!("{}", p.score);
    bump();
    println!("{}", p.name);
}
