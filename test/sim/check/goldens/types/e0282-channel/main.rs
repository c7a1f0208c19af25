use std::sync::mpsc;

fn main() {
    let (sender, receiver) = mpsc::channel();
    println!("ready");
}
