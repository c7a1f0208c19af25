fn main() {
    let mut words = vec!["bb", "a", "ccc"];
    let mut log = Vec::new();
    let tag = String::from("sorted");
    words.sort_by_key(|w| {
        log.push(tag);
        w.len()
    });
    println!("{:?} {}", words, log.len());
}
