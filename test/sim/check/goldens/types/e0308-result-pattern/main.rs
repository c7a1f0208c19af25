fn half(n: i32) -> Result<i32, String> {
    if n % 2 == 0 { Ok(n / 2) } else { Err(String::from("odd")) }
}
fn find(n: i32) -> Option<i32> {
    if n > 0 { Some(n) } else { None }
}
fn main() {
    if let Some(h) = half(4) {
        println!("{}", h);
    }
    match half(3) {
        Some(h) => println!("{}", h),
        None => println!("none"),
    }
    if let Ok(x) = find(2) {
        println!("{}", x);
    }
    while let Some(h) = half(2) {
        println!("{}", h);
        break;
    }
    let r = half(6);
    if let None = r {
        println!("none");
    }
}
