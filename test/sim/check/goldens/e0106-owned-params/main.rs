fn first(v: Vec<String>, n: usize) -> &String {
    &v[n]
}

fn main() {
    println!("{}", first(vec![String::new()], 0));
}
