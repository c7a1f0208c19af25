pub fn label(n: u32) -> String {
    let text = format!("#{n}");
    let kept = text;
    println!("{kept}");
    text
}
