// Option and Result combinators: querying, unwrapping (with defaults), mapping, chaining, converting,
// in-place edits (take / replace / insert / get_or_insert), zip / xor / flatten / transpose, iteration.
fn parse(s: &str) -> Result<i32, String> {
    s.parse::<i32>().map_err(|e| format!("{}: {}", s, e))
}

fn main() {
    let a: Option<i32> = Some(4);
    let n: Option<i32> = None;
    println!("{} {} {} {}", a.is_some(), a.is_none(), a.is_some_and(|x| x > 3), n.is_none_or(|x| x > 3));
    println!("{} {} {} {}", a.unwrap(), n.unwrap_or(7), n.unwrap_or_else(|| 8), a.expect("present"));
    let d: i32 = n.unwrap_or_default();
    let s: String = None.unwrap_or_default();
    println!("{} {:?}", d, s);
    println!("{:?} {:?} {:?}", a.map(|x| x * 2), n.map(|x| x * 2), a.map_or(0, |x| x + 1));
    println!("{} {}", n.map_or_else(|| -1, |x| x), a.map_or_else(|| -1, |x| x * 10));
    println!("{:?} {:?}", a.and_then(|x| if x > 2 { Some(x * 3) } else { None }), a.filter(|&x| x % 2 == 1));
    println!("{:?} {:?} {:?} {:?}", a.or(Some(1)), n.or(Some(1)), n.or_else(|| Some(2)), a.and(Some("b")));
    println!("{:?} {:?} {:?}", a.xor(n), a.xor(Some(1)), n.xor(Some(5)));
    println!("{:?} {:?}", a.zip(Some('z')), a.zip(None::<char>));
    println!("{:?} {:?}", Some((1, 'a')).unzip(), Some(Some(3)).flatten());
    println!("{:?} {:?}", a.ok_or("none"), n.ok_or_else(|| "none".to_string()));
    let mut slot: Option<String> = None;
    slot.get_or_insert_with(|| String::from("init")).push('!');
    println!("{:?}", slot);
    let old = slot.replace(String::from("new"));
    println!("{:?} {:?}", old, slot);
    let taken = slot.take();
    println!("{:?} {:?}", taken, slot);
    *slot.insert(String::from("x")) += "y";
    println!("{:?} {}", slot, slot.as_deref().unwrap_or("-"));
    let mut num = Some(10);
    if let Some(x) = num.as_mut() {
        *x += 1;
    }
    println!("{:?}", num);
    let t1 = num.take_if(|x| *x > 100);
    let t2 = num.take_if(|x| *x > 5);
    println!("{:?} {:?} {:?}", t1, t2, num);
    let words = vec![Some("a"), None, Some("c")];
    let present: Vec<&str> = words.iter().flatten().copied().collect();
    println!("{:?} {}", present, Some(3).iter().count());
    let r: Option<Result<i32, String>> = Some(Ok(2));
    println!("{:?}", r.transpose());

    let good = parse("12");
    let bad = parse("x1");
    println!("{:?} {:?}", good, bad);
    println!("{} {} {} {}", good.is_ok(), bad.is_err(), good.clone().is_ok_and(|v| v > 10), bad.clone().is_err_and(|e| e.len() > 3));
    println!("{:?} {:?} {:?} {:?}", good.clone().ok(), bad.clone().ok(), good.clone().err(), bad.clone().err());
    println!("{} {} {}", bad.clone().unwrap_or(0), bad.clone().unwrap_or_else(|e| e.len() as i32), bad.clone().unwrap_or_default());
    println!("{:?} {:?}", good.clone().map(|v| v * 2), bad.clone().map_err(|e| e.to_uppercase()));
    println!("{:?} {:?}", good.clone().and_then(|v| parse(&(v + 1).to_string())), bad.clone().or_else(|_| parse("0")));
    println!("{} {}", good.clone().map_or(0, |v| v), bad.clone().map_or_else(|e| e.len() as i32, |v| v));
    println!("{:?} {:?}", good.as_ref().map(|v| *v + 1), bad.as_ref().err().map(|e| e.len()));
    println!("{} {:?}", bad.clone().unwrap_err(), good.iter().next());
    let nested: Result<Option<i32>, String> = Ok(Some(1));
    println!("{:?} {:?}", nested.clone().transpose(), good.clone().and(Ok::<&str, String>("done")));
    let r2 = good.clone().inspect(|v| println!("saw {}", v)).inspect_err(|e| println!("err {}", e));
    println!("{:?} {:?}", r2, Ok::<i32, String>(5).copied_placeholder_check());
}

trait Check {
    fn copied_placeholder_check(self) -> i32;
}
impl Check for Result<i32, String> {
    fn copied_placeholder_check(self) -> i32 {
        self.unwrap_or(0)
    }
}
