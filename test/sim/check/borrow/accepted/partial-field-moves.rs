// A field moved out of a struct or tuple leaves the other fields usable, and assigning the field back makes
// the whole usable again; rustc accepts all of these.
#[derive(Debug)]
struct Pair {
    a: String,
    b: String,
}

struct Mixed {
    a: Vec<i32>,
    b: i32,
}

fn main() {
    let mut p = Pair { a: String::from("x"), b: String::from("y") };
    let t = p.a;
    p.a = format!("{}!", t);
    println!("{:?}", p);
    let q = Pair { a: String::from("m"), b: String::from("n") };
    let Pair { a, .. } = q;
    println!("{} {}", a, q.b);
    let s = (String::from("l"), String::from("r"));
    let l = s.0;
    println!("{} {}", l, s.1);
    let m = Mixed { a: vec![1, 2], b: 3 };
    let v = m.a;
    println!("{:?} {}", v, m.b);
}
