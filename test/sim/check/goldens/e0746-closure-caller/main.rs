fn adder(n: i32) -> dyn Fn(i32) -> i32 {
    move |x| x + n
}

fn main() {
    let f = adder(2);
    println!("{}", f(3));
}
