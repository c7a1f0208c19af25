fn main() {
    println!("{:?}", "a\"b\n");
    println!("{:?}", "tab\there");
    println!("{:?}", "back\\slash");
    println!("{:?}", "single ' quote");
    println!("{:?}", '\'');
    println!("{:?}", '"');
    println!("{:?}", '\n');
    println!("{:?}", '\\');
    println!("{:?}", "\r\0");
    println!("{:?}", "\u{7f}");
    println!("{:?}", "한글 😀");
    println!("{:?}", String::from("owned\n"));
    println!("{:?}", vec!["x\"y", "z"]);
    println!("{:?}", ('a', "b"));
    println!("{:?}", Some("s"));
    println!("{:?}", "\u{200b}");
    println!("{:?}", "\u{301}e");
    println!("{}", "a\"b");
}
