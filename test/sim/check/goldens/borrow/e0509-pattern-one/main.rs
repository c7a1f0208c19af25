struct Token {
    text: String,
    line: u32,
}

impl Drop for Token {
    fn drop(&mut self) {}
}

fn main() {
    let t = Token { text: String::from("fn"), line: 1 };
    let Token { text, line } = t;
    println!("{text} {line}");
}
