// A signed division by zero inside wrapping_div is reported inside core, not at the call.
fn average(total: i64, count: i64) -> i64 {
    total.wrapping_div(count)
}

fn main() {
    println!("{}", average(90, 4));
    println!("{}", average(i64::MIN, -1));
    let empty: Vec<i64> = Vec::new();
    println!("{}", average(0, empty.len() as i64));
}
