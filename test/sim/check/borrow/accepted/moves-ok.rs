// Moves rustc accepts: reassignment after a move, moves in one branch with a re-init, shadowing, break after move.
#[derive(Debug, Clone, Copy)]
struct P {
    x: i32,
}

fn take(s: String) -> usize {
    s.len()
}

fn main() {
    let mut s = String::from("a");
    let n = take(s);
    s = String::from("b");
    println!("{n} {s}");

    let t = String::from("t");
    let t = take(t);
    println!("{t}");

    let u = String::from("u");
    if n > 0 {
        take(u);
    } else {
        println!("{u}");
    }

    let words = vec![String::from("x")];
    loop {
        let w = words;
        println!("{:?}", w);
        break;
    }

    let p = P { x: 1 };
    let q = p;
    println!("{:?} {:?} {}", p, q, p.x);

    let mut maybe = Some(String::from("m"));
    if let Some(m) = maybe.take() {
        println!("{m}");
    }
    maybe = None;
    println!("{:?}", maybe);

    let pair = (String::from("l"), 3);
    let (left, k) = pair;
    println!("{left} {k}");

    let names = vec![String::from("a"), String::from("b")];
    for name in &names {
        println!("{name}");
    }
    for name in names.iter() {
        println!("{name}");
    }
    println!("{}", names.len());
    for name in names {
        println!("{name}");
    }

    let x;
    if n > 1 {
        x = 1;
    } else {
        x = 2;
    }
    println!("{x}");

    let opt = Some(String::from("o"));
    match &opt {
        Some(v) => println!("{v}"),
        None => {}
    }
    if let Some(ref v) = opt {
        println!("{v}");
    }
    println!("{:?}", opt);
}
