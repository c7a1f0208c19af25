fn classify(n: u32) -> String {
    match n {
        x @ 1..=5 => format!("small {}", x),
        x @ (10 | 20 | 30) => format!("round {}", x),
        x if x % 2 == 0 => format!("even {}", x),
        x => format!("odd {}", x),
    }
}

fn main() {
    for n in [3, 20, 8, 13] {
        println!("{}", classify(n));
    }
    let num = Some(4);
    match num {
        Some(x) if x < 5 => println!("less than five: {}", x),
        Some(x) => println!("{}", x),
        None => (),
    }
    let pair = (2, -2);
    match pair {
        (x, y) if x + y == 0 => println!("opposites"),
        (x, _) if x % 2 == 0 => println!("even first"),
        _ => println!("other"),
    }
    let msg = Some(String::from("hello"));
    match &msg {
        Some(s) if s.len() > 3 => println!("long: {}", s),
        Some(s) => println!("short: {}", s),
        None => println!("nothing"),
    }
    let v = 7;
    let kind = match v {
        n @ 0..=9 if n != 7 => "digit",
        7 => "lucky",
        _ => "big",
    };
    println!("{}", kind);
}
