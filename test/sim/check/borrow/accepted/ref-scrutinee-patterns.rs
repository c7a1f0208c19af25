// Patterns over a place behind a reference that rustc accepts: `ref` bindings, `Copy` parts, wildcards,
// match ergonomics on the reference itself, and a `Box` owned by the function.
struct P { name: String, n: i32 }
enum State { Idle, Busy(u32), Named(String) }

fn describe(r: &Option<String>) -> usize {
    match *r {
        Some(ref s) => s.len(),
        None => 0,
    }
}

fn count(r: &Option<i32>, p: &P, st: &State) -> i32 {
    let a = match *r { Some(n) => n, None => 0 };
    let P { n, .. } = *p;
    let b = match *st { State::Idle => 0, State::Busy(k) => k as i32, State::Named(_) => 1 };
    let c = if let Some(_) = *r { 1 } else { 0 };
    a + n + b + c
}

fn ergonomic(r: &Option<String>, st: &State) -> String {
    let mut out = String::new();
    match r { Some(s) => out.push_str(s), None => {} }
    if let State::Named(s) = st { out.push_str(s); }
    let Some(t) = r else { return out; };
    out.push_str(t);
    out
}

fn main() {
    let o = Some(String::from("ab"));
    let p = P { name: String::from("p"), n: 2 };
    println!("{} {} {}", describe(&o), count(&Some(3), &p, &State::Busy(4)), p.name);
    println!("{}", ergonomic(&o, &State::Named(String::from("c"))));
    let st = State::Idle;
    println!("{}", count(&None, &p, &st));
    let b = Box::new(Some(String::from("boxed")));
    match *b {
        Some(s) => println!("{s}"),
        None => {}
    }
    let pair = &(1, 2.5);
    let (x, y) = *pair;
    println!("{x} {y}");
}
