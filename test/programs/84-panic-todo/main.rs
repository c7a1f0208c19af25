fn implemented() -> i32 {
    1
}

fn not_yet(_x: i32) -> i32 {
    todo!()
}

fn main() {
    println!("implemented = {}", implemented());
    println!("not_yet = {}", not_yet(2));
}
