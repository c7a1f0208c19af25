// Coercions and inference rustc accepts: deref coercion, &mut → &, literal inference from context, never.
fn show(s: &str) -> usize {
    s.len()
}

fn pick(flag: bool) -> i64 {
    if flag {
        return 1;
    }
    let n = 2;
    n
}

fn describe(n: u8) -> &'static str {
    match n {
        0 => "zero",
        1 => "one",
        _ => panic!("too big"),
    }
}

fn total(xs: &[u64]) -> u64 {
    let mut t = 0;
    for x in xs {
        t += x;
    }
    t
}

fn main() {
    let owned = String::from("abc");
    let n: usize = show(&owned);
    let mut v = vec![1u64, 2];
    let r: &Vec<u64> = &mut v;
    println!("{n} {:?}", r);
    println!("{}", total(&v));
    let big: u64 = 1 << 34;
    let f: f32 = 2.5;
    let x = if n > 2 { 1.5 } else { f as f64 };
    let label = if n > 1 { "many" } else { "few" };
    let mut s = "a";
    s = "b";
    let code = match s {
        "a" => 1,
        _ => 2,
    };
    println!("{big} {f} {x} {label} {s} {code} {} {}", pick(true), describe(1));
    let mut count = 0;
    while count < 3 {
        count += 1;
    }
    let c: char = owned.chars().next().unwrap();
    let name: String = owned.clone() + "!";
    let t: (i32, &str) = (1, "x");
    println!("{count} {c} {name} {:?}", t);
}
