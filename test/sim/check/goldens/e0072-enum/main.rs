#[derive(Debug)]
enum Chain {
    Link(u32, Chain),
    End,
}

fn main() {
    println!("{}", 1);
}
