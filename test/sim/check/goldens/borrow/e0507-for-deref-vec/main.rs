fn show(v: &Vec<String>) {
    for s in *v {
        println!("{s}");
    }
}
fn main() { show(&vec![String::from("x")]); }
