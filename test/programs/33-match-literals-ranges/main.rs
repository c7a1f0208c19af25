fn describe(n: i32) -> &'static str {
    match n {
        0 => "zero",
        1 | 2 => "one or two",
        3..=9 => "a few",
        -5..=-1 => "small negative",
        i32::MIN..=-6 => "very negative",
        _ => "many",
    }
}

fn grade(c: char) -> u8 {
    match c {
        'a'..='f' => 1,
        'A' | 'B' => 2,
        _ => 0,
    }
}

fn main() {
    for n in [0, 2, 7, -3, -100, 55] {
        println!("{} is {}", n, describe(n));
    }
    println!("{} {} {}", grade('c'), grade('B'), grade('z'));
    let pair = (0, -2);
    match pair {
        (0, y) => println!("first is zero, y = {}", y),
        (x, 0) => println!("x = {}, second is zero", x),
        _ => println!("no zeros"),
    }
    let t = (1, "one", true);
    let s = match t {
        (1, name, true) => name,
        (_, _, false) => "false",
        _ => "other",
    };
    println!("s = {}", s);
    let b = true;
    match b {
        true => println!("yes"),
        false => println!("no"),
    }
}
