struct Node {
    value: i32,
    next: Option<Node>,
}

fn main() {
    println!("{}", 1);
}
