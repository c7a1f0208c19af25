fn average(sum: i32, count: i32) -> i32 {
    sum / count
}

fn main() {
    println!("average = {}", average(10, 3));
    let empty: Vec<i32> = Vec::new();
    println!("average = {}", average(0, empty.len() as i32));
}
