struct Token {
    text: String,
}

impl Token {
    fn into_text(self) -> String {
        self.text
    }
}

fn main() {
    let t = Token { text: String::from("x") };
    let a = t.into_text();
    let b = t.into_text();
    println!("{a} {b}");
}
