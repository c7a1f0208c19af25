fn get(v: &Vec<String>) -> String {
    v[0]
}
fn main() { println!("{}", get(&vec![String::new()])); }
