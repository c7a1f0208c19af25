enum Token {
    Word(&str),
    End,
}

fn main() {
    let t = Token::End;
}
