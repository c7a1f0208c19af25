fn main() {
    let mut counter = 0;
    let result = loop {
        counter += 1;
        if counter == 10 {
            break counter * 2;
        }
    };
    println!("result = {}", result);

    let mut n: u64 = 27;
    let mut steps = 0;
    loop {
        if n == 1 {
            break;
        }
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    println!("collatz(27) steps = {}", steps);

    let mut i = 0;
    let first_square_over_50 = loop {
        i += 1;
        if i * i > 50 {
            break i;
        }
    };
    println!("first = {}", first_square_over_50);
}
