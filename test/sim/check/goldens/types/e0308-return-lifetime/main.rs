fn first<'s>(items: &'s [String]) -> &'s String {
    items.len()
}

fn main() {
    let v = vec![String::from("x")];
    println!("{}", first(&v));
}
