fn second(args: &[String]) -> &str {
    &args[1]
}

fn first_of(v: &Vec<String>) -> &str {
    &v[0]
}

fn main() {
    let v = vec![String::from("a")];
    println!("{}", first_of(&v));
    let w: Vec<String> = Vec::new();
    if w.is_empty() {
        println!("{}", second(&v));
    }
}
