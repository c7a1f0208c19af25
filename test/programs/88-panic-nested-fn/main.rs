fn level3(n: i32) -> i32 {
    if n > 2 {
        panic!("too deep: n = {}", n);
    }
    n
}

fn level2(n: i32) -> i32 {
    level3(n + 1) * 10
}

fn level1(n: i32) -> i32 {
    println!("level1({})", n);
    level2(n + 1)
}

fn main() {
    println!("{}", level1(0));
    println!("{}", level1(1));
}
