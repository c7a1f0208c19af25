// str::split_at is not #[track_caller]: splitting inside a char panics inside core.
fn main() {
    let greeting = "안녕하세요";
    let (a, b) = greeting.split_at(6);
    println!("{a} | {b}");
    println!("{:?}", greeting.split_at_checked(4));
    let (c, d) = greeting.split_at(4);
    println!("{c} | {d}");
}
