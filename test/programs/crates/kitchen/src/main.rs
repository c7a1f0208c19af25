use kitchen::counter;
use kitchen::Jar;

fn main() {
    println!("{}", kitchen::prepare("flour"));
    let j = Jar::new("salt");
    println!("{:?}", j);
    println!("{}", counter::tally(&[1, 2, 3]));
    let v: Vec<u32> = Vec::new();
    let first = v.get(0).copied().unwrap_or(kitchen::oven::bake(1));
    println!("{first}");
    let arr = vec![1, 2, 3];
    let idx = arr.len() + counter::tally(&[]) as usize;
    println!("{}", arr[idx]);
}
