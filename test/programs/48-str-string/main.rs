fn first_word(s: &str) -> &str {
    for (i, c) in s.chars().enumerate() {
        if c == ' ' {
            return &s[0..i];
        }
    }
    s
}

fn main() {
    let literal: &str = "hello world";
    println!("{}", first_word(literal));
    let mut s = String::new();
    println!("empty = {:?}, len = {}", s, s.len());
    s.push_str("foo");
    s.push('!');
    println!("s = {}", s);
    let s1 = String::from("tic");
    let s2 = String::from("tac");
    let s3 = s1 + "-" + &s2 + "-" + "toe";
    println!("s3 = {}", s3);
    let f = format!("{}+{}={}", 1, 2, 1 + 2);
    println!("f = {}", f);
    let n = 42.to_string();
    println!("n = {}, len = {}", n, n.len());
    let view: &str = s3.as_str();
    println!("view = {}", view);
    let korean = String::from("안녕하세요");
    println!("bytes = {}, chars = {}", korean.len(), korean.chars().count());
    println!("slice = {}", &korean[0..3]);
    println!("eq = {}", "abc" == String::from("abc"));
    let owned: String = "borrowed".to_string();
    let back: &str = &owned;
    println!("{} {}", owned, back);
    println!("contains = {}, starts = {}", s3.contains("tac"), s3.starts_with("tic"));
    println!("is_empty = {}", String::new().is_empty());
}
