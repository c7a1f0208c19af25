fn main() {
    let x = 5;
    let x = x + 1;
    {
        let x = x * 2;
        println!("inner x = {}", x);
    }
    println!("x = {}", x);

    let spaces = "   ";
    let spaces = spaces.len();
    println!("spaces = {}", spaces);

    let mut count: u32 = 0;
    count += 3;
    count *= 2;
    count -= 1;
    println!("count = {}", count);

    let big: i64 = 9_000_000_000;
    let ratio: f64 = 2.5;
    let flag: bool = false;
    let letter: char = 'ㄱ';
    let word: &str = "단어";
    println!("{} {} {} {} {}", big, ratio, flag, letter, word);

    let later;
    if count > 3 {
        later = "big";
    } else {
        later = "small";
    }
    println!("later = {}", later);
    let (a, mut b): (i32, i32) = (1, 2);
    b += a;
    println!("a = {}, b = {}", a, b);
}
