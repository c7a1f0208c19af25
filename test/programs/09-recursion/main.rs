fn factorial(n: u64) -> u64 {
    if n == 0 {
        1
    } else {
        n * factorial(n - 1)
    }
}

fn fib(n: u32) -> u32 {
    match n {
        0 => 0,
        1 => 1,
        _ => fib(n - 1) + fib(n - 2),
    }
}

fn countdown(n: i32) {
    if n < 0 {
        return;
    }
    println!("countdown {}", n);
    countdown(n - 1);
}

fn gcd(a: u32, b: u32) -> u32 {
    if b == 0 { a } else { gcd(b, a % b) }
}

fn main() {
    for i in 0..=10 {
        print!("{} ", factorial(i));
    }
    println!();
    println!("20! = {}", factorial(20));
    let fibs: Vec<u32> = (0..12).map(fib).collect();
    println!("fib = {:?}", fibs);
    countdown(3);
    println!("gcd(48, 18) = {}", gcd(48, 18));
}
