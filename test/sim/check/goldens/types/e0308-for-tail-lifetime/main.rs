fn long_words<'t>(text: &'t str) -> Vec<&'t str> {
    for word in text.split(' ') {
        println!("{word}");
    }
}

fn main() {
    println!("{:?}", long_words("a bb ccc"));
}
