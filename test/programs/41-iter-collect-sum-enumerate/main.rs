fn main() {
    let v = vec![3, 1, 4, 1, 5, 9, 2, 6];
    let total: i32 = v.iter().sum();
    println!("total = {}", total);
    let odd_sum = v.iter().filter(|x| *x % 2 == 1).sum::<i32>();
    println!("odd sum = {}", odd_sum);
    let squares = v.iter().map(|x| x * x).collect::<Vec<_>>();
    println!("squares = {:?}", squares);
    let reversed: Vec<i32> = v.iter().rev().map(|x| *x).collect();
    println!("reversed = {:?}", reversed);
    for (i, x) in v.iter().enumerate().filter(|(i, _)| i % 3 == 0) {
        println!("index {} -> {}", i, x);
    }
    let words = vec!["a", "bb", "ccc"];
    let lens: Vec<usize> = words.iter().map(|w| w.len()).collect();
    println!("lens = {:?}", lens);
    let range_sum: u64 = (1..=100).sum();
    println!("1..=100 sum = {}", range_sum);
    let strings: Vec<String> = (1..4).map(|n| n.to_string()).collect();
    println!("strings = {:?}", strings);
    let chars: Vec<char> = "héllo".chars().rev().collect();
    println!("chars = {:?}", chars);
    let empty: Vec<i32> = Vec::new();
    println!("empty sum = {}", empty.iter().sum::<i32>());
}
