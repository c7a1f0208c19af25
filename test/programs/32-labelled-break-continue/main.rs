fn main() {
    let mut count = 0;
    'counting_up: loop {
        println!("count = {}", count);
        let mut remaining = 10;
        loop {
            println!("remaining = {}", remaining);
            if remaining == 9 {
                break;
            }
            if count == 2 {
                break 'counting_up;
            }
            remaining -= 1;
        }
        count += 1;
    }
    println!("End count = {}", count);

    'outer: for i in 0..4 {
        for j in 0..4 {
            if j > i {
                continue 'outer;
            }
            if i == 3 {
                break 'outer;
            }
            print!("({},{}) ", i, j);
        }
    }
    println!();

    for n in 0..10 {
        if n % 3 != 0 {
            continue;
        }
        print!("{} ", n);
    }
    println!();
}
