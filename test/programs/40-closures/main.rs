fn main() {
    let add = |a: i32, b: i32| a + b;
    println!("add(2, 3) = {}", add(2, 3));

    let offset = 10;
    let shift = |x| x + offset;
    println!("shift(5) = {}", shift(5));

    let mut total = 0;
    let mut accumulate = |x: i32| {
        total += x;
    };
    accumulate(3);
    accumulate(4);
    println!("total = {}", total);

    let v = vec![1, 2, 3, 4, 5, 6];
    let doubled: Vec<i32> = v.iter().map(|x| x * 2).collect();
    println!("doubled = {:?}", doubled);
    let evens: Vec<&i32> = v.iter().filter(|x| *x % 2 == 0).collect();
    println!("evens = {:?}", evens);
    let threshold = 3;
    let big: Vec<i32> = v.iter().map(|x| x * 10).filter(|x| *x > threshold * 10).collect();
    println!("big = {:?}", big);

    let name = String::from("러스트");
    let greet = move || format!("안녕, {}", name);
    println!("{}", greet());
    println!("{}", greet());

    let square = |x: u64| -> u64 { x * x };
    println!("square(12) = {}", square(12));
    let mut seen = Vec::new();
    v.iter().for_each(|x| seen.push(x * x));
    println!("seen = {:?}", seen);
}
