fn main() {
    for i in 0..3 {
        print!("{} ", i);
    }
    println!();
    for i in 1..=5 {
        print!("{} ", i);
    }
    println!();
    for i in (1..4).rev() {
        print!("{} ", i);
    }
    println!("발사!");
    for i in (0..=10).rev() {
        if i % 5 == 0 {
            print!("[{}]", i);
        }
    }
    println!();
    let n = 4;
    let mut sum = 0;
    for k in 0..n {
        sum += k * k;
    }
    println!("sum of squares below {} = {}", n, sum);
    for _ in 0..0 {
        println!("never");
    }
    for c in 'a'..='e' {
        print!("{}", c);
    }
    println!();
}
