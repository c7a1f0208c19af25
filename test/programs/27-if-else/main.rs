fn classify(n: i32) -> &'static str {
    if n < 0 {
        "음수"
    } else if n == 0 {
        "영"
    } else if n < 10 {
        "한 자리"
    } else {
        "큰 수"
    }
}

fn main() {
    for n in [-3, 0, 7, 42] {
        println!("{} -> {}", n, classify(n));
    }
    let condition = true;
    let number = if condition { 5 } else { 6 };
    println!("number = {}", number);
    let x = 15;
    if x % 3 == 0 && x % 5 == 0 {
        println!("FizzBuzz");
    }
    if !(x > 20) || x == 0 {
        println!("not greater than 20");
    }
}
