fn show<T: Display>(item: T) -> String {
    format!("[{item}]")
}

fn main() {
    println!("{}", show(5));
}
