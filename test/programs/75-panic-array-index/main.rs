fn pick(i: usize) -> i32 {
    let a = [10, 20, 30, 40, 50];
    a[i]
}

fn main() {
    println!("pick(4) = {}", pick(4));
    println!("pick(5) = {}", pick(5));
}
