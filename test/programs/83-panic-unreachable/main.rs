fn sign(n: i32) -> &'static str {
    if n > 0 {
        "positive"
    } else if n < 0 {
        "negative"
    } else if n == 0 {
        "zero"
    } else {
        unreachable!()
    }
}

fn check_state(state: u8) {
    match state {
        0 | 1 => println!("state {} ok", state),
        _ => unreachable!("invalid state: {}", state),
    }
}

fn main() {
    println!("{}", sign(-4));
    check_state(1);
    check_state(9);
}
