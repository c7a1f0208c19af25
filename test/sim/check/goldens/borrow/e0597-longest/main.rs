fn pick<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() > b.len() { a } else { b }
}

fn main() {
    let one = String::from("long one");
    let res;
    {
        let two = String::from("xy");
        res = pick(one.as_str(), two.as_str());
    }
    println!("{res}");
}
