// Programs rustc accepts thanks to non-lexical lifetimes, two-phase borrows and reborrows.
fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() > b.len() { a } else { b }
}

fn first_word(s: &str) -> &str {
    match s.find(' ') {
        Some(i) => &s[..i],
        None => s,
    }
}

fn push_twice(v: &mut Vec<i32>) {
    v.push(1);
    let r = &mut *v;
    r.push(2);
    v.push(3);
}

fn main() {
    let mut v = vec![1, 2, 3];
    v.push(v.len() as i32);
    let first = &v[0];
    println!("{first}");
    v.push(5);

    let mut s = String::from("hello world");
    let r1 = &s;
    let r2 = &s;
    println!("{r1} {r2}");
    let r3 = &mut s;
    r3.push('!');
    println!("{s}");

    let w = first_word(&s).to_string();
    s.clear();
    println!("{w}");

    let a = String::from("long");
    let res;
    {
        let b = String::from("b");
        res = longest(a.as_str(), b.as_str()).to_string();
    }
    println!("{res}");

    push_twice(&mut v);
    let m = &mut v;
    m.push(9);
    let n = &mut v;
    n.push(10);
    println!("{:?}", v);

    let mut count = 0;
    let mut inc = || count += 1;
    inc();
    inc();
    println!("{count}");
}
