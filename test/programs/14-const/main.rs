const MAX_POINTS: u32 = 100_000;
const GREETING: &str = "안녕하세요";
const SECONDS_PER_HOUR: u64 = 60 * 60;
static LIMIT: i32 = -5;

fn main() {
    println!("MAX_POINTS = {}", MAX_POINTS);
    println!("{}", GREETING);
    println!("하루는 {}초", SECONDS_PER_HOUR * 24);
    println!("LIMIT = {}", LIMIT);
    let half = MAX_POINTS / 2;
    println!("half = {}", half);
}
