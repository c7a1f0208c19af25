fn shout(s: String) -> String {
    s.to_uppercase()
}

fn main() {
    println!("{}", shout(String::from("hi")));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shouts() {
        let word = String::from("abc");
        let loud = shout(word);
        assert_eq!(loud, "ABC");
        assert_eq!(word.len(), 3);
    }
}
