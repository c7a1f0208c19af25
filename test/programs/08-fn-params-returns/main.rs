fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn square(x: i64) -> i64 {
    return x * x;
}

fn greet(name: &str) {
    println!("안녕, {}!", name);
}

fn min_max(a: i32, b: i32) -> (i32, i32) {
    if a < b {
        (a, b)
    } else {
        (b, a)
    }
}

fn nothing() {}

fn main() {
    let s = add(2, 3);
    println!("add(2, 3) = {}", s);
    println!("square(-7) = {}", square(-7));
    greet("heapbook");
    let (lo, hi) = min_max(9, 4);
    println!("lo = {}, hi = {}", lo, hi);
    let unit = nothing();
    println!("unit = {:?}", unit);
    println!("nested = {}", add(add(1, 2), add(3, 4)));
}
