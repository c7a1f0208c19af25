fn main() {
    let mut nums = vec![10, 20, 30];
    let last = nums.last().unwrap();
    nums.push(40);
    println!("{last}");
}
