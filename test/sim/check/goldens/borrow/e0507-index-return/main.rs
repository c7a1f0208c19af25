fn get(v: &Vec<String>) -> String {
    return v[0];
}
fn main() { println!("{}", get(&vec![String::new()])); }
