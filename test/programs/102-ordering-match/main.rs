use std::cmp::Ordering;

fn verdict(a: u32, b: u32) -> &'static str {
    match a.cmp(&b) {
        Ordering::Less => "less",
        Ordering::Greater => "greater",
        Ordering::Equal => "equal",
    }
}

fn main() {
    println!("{} {} {}", verdict(1, 2), verdict(3, 2), verdict(2, 2));
    let o = 5.cmp(&9);
    println!("{:?} {}", o, o == Ordering::Less);
    if let Ordering::Greater = "b".cmp("a") {
        println!("b after a");
    }
}
