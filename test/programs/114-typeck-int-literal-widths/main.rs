// Integer literals take the type the rest of the program gives them, even when that comes later.
struct Distance {
    millimetres: u64,
}

fn total(xs: &[u64]) -> u64 {
    xs.iter().sum()
}

fn main() {
    let big = 3_000_000_000;
    let doubled = big + big;
    let wide: i64 = doubled;
    println!("wide = {wide}");

    let km = 5_000_000;
    let d = Distance { millimetres: km * 1_000 };
    println!("mm = {}", d.millimetres);

    let parsed: Vec<u64> = "4000000000 5".split(' ').map(|s| s.parse().unwrap()).collect();
    println!("{:?} sum {}", parsed, total(&parsed));

    let limit: u8 = 250;
    let mut count = 0;
    while count < limit {
        count += 100;
        println!("count = {count}");
    }
}
