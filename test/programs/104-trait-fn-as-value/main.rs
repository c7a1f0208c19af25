fn main() {
    let nums = vec![3, 14, 15];
    let words: Vec<String> = nums.iter().map(ToString::to_string).collect();
    println!("{:?}", words);
    let one = ToString::to_string(&9.5);
    println!("{one}");
    let lens: Vec<usize> = vec!["a", "bcd"].iter().map(|s| str::len(s)).collect();
    println!("{:?}", lens);
}
