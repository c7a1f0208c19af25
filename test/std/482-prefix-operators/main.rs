// A prefix & / -& / * / ! takes only the operand after it, as Rust's precedence says: &a + b is (&a) + b.
#[derive(Debug, PartialEq)]
struct P {
    x: i32,
}

fn main() {
    let a: i32 = 3;
    let b = 4;
    let s: i32 = &a + b;
    println!("{} {} {}", s, -&a + 1, &a * 2 - 1);
    let p = P { x: 1 };
    let q = P { x: 1 };
    println!("{}", &p == &q);
    let v = vec![10, 20, 30];
    let t = &v[0] + &v[1] * 2;
    println!("{}", t);
    let s1 = String::from("tic");
    let s2 = String::from("tac");
    let joined = s1 + "-" + &s2 + "-" + "toe";
    println!("{} {}", joined, s2);
    let r = &5 + 1 as i32;
    println!("{}", r);
    let m = *&a + 1;
    println!("{}", m);
    let w = !&true == false;
    println!("{}", w);
    let mut c = 1;
    { let rc = &mut c; *rc += &a + 0; }
    println!("{}", c);
}
