struct Player { name: String, score: u32, tags: Vec<String> }
struct Noisy { label: String, n: u32 }
impl Drop for Noisy {
    fn drop(&mut self) { println!("drop {}", self.label); }
}
fn main() {
    let mut p = Player { name: String::from("kim"), score: 0, tags: vec![] };
    let mut bump = || p.score += 10;
    let name_ref = &p.name;
    bump();
    bump();
    println!("{} {}", name_ref, p.score);
    let mut tag = |t: &str| p.tags.push(t.to_string());
    tag("fast");
    tag("kind");
    println!("{} {:?}", p.name.len(), p.tags);
    let take_name = move || p.name;
    println!("score still here: {}", p.score);
    let n = take_name();
    println!("{} {:?}", n, p.tags);
    let q = Noisy { label: String::from("q"), n: 7 };
    let show = || println!("n = {}", q.n);
    show();
    let moved = move || q.n + 1;
    println!("{}", moved());
    println!("end");
}
