fn total(v: &[i32]) -> i32 {
    let mut sum = 0;
    for x in v {
        sum += x;
        if sum > 100 {
            println!("big");
        }
        println!("{sum}");
    }
}

fn main() {
    println!("{}", total(&[1, 2]));
}
