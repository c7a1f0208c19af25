pub fn total(words: Vec<String>) -> usize {
    let kept = words;
    let n = words.len();
    n + kept.len()
}
