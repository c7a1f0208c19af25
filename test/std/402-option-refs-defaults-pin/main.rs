use std::pin::Pin;

#[derive(Debug, Clone, Default, PartialEq)]
struct Config {
    name: String,
    level: u8,
}

fn first_even(xs: &[i32]) -> Option<&i32> {
    xs.iter().find(|x| *x % 2 == 0)
}

fn main() {
    // as_ref / as_mut / as_deref / as_deref_mut
    let mut title: Option<String> = Some(String::from("heap"));
    let len = title.as_ref().map(|s| s.len());
    println!("len {:?}, still {:?}", len, title);
    if let Some(s) = title.as_mut() {
        s.push_str("book");
    }
    println!("{:?}", title.as_deref());
    println!("{:?}", title);
    let mut boxed: Option<Box<i32>> = Some(Box::new(6));
    if let Some(n) = boxed.as_deref_mut() {
        *n *= 7;
    }
    println!("boxed {:?} {:?}", boxed.as_deref(), boxed);

    // cloned / copied
    let xs = [3, 8, 5, 10];
    let e: Option<&i32> = first_even(&xs);
    let owned: Option<i32> = e.copied();
    println!("copied {:?} cloned {:?}", owned, e.cloned());
    let cfg = Config { name: "dev".to_string(), level: 2 };
    let r: Option<&Config> = Some(&cfg);
    let c2 = r.cloned();
    println!("cloned cfg {:?} same={}", c2, c2.as_ref() == Some(&cfg));

    // get_or_insert / get_or_insert_default / get_or_insert_with
    let mut cache: Option<u32> = None;
    *cache.get_or_insert(10) += 1;
    *cache.get_or_insert(99) += 1;
    println!("cache {:?}", cache);
    let mut names: Option<Vec<&str>> = None;
    names.get_or_insert_default().push("ann");
    names.get_or_insert_default().push("bo");
    println!("names {:?}", names);
    let mut lazy: Option<String> = None;
    lazy.get_or_insert_with(|| "made".to_string()).push('!');
    println!("lazy {:?}", lazy);

    // unwrap_or_default
    let missing: Option<Config> = None;
    println!("default {:?}", missing.unwrap_or_default());
    let n: Option<i64> = None;
    println!("n {}", n.unwrap_or_default());
    let word: Option<String> = Some("kept".into());
    println!("word {}", word.unwrap_or_default());

    // inspect
    let doubled = Some(21).inspect(|x| println!("saw {}", x)).map(|x| x * 2);
    println!("doubled {:?}", doubled);
    let none_seen: Option<i32> = None;
    let _ = none_seen.inspect(|x| println!("never {}", x));

    // iter / iter_mut
    let mut score = Some(7);
    for s in score.iter_mut() {
        *s *= 3;
    }
    println!("score {:?} sum {}", score, score.iter().sum::<i32>());

    // as_slice / as_mut_slice
    let mut some_v = Some(4);
    let none_v: Option<i32> = None;
    println!("slices {:?} {:?}", some_v.as_slice(), none_v.as_slice());
    some_v.as_mut_slice()[0] = 40;
    println!("after as_mut_slice {:?}", some_v);
    let all: Vec<i32> = [Some(1), None, Some(3)].iter().flat_map(|o| o.as_slice()).copied().collect();
    println!("flat {:?}", all);

    // Pin: as_pin_ref / as_pin_mut
    let pinned_opt = Some(5);
    let p: Pin<&Option<i32>> = Pin::new(&pinned_opt);
    match p.as_pin_ref() {
        Some(inner) => println!("pinned {}", *inner),
        None => println!("nothing pinned"),
    }
    let mut m = Some(1);
    let pm: Pin<&mut Option<i32>> = Pin::new(&mut m);
    if let Some(mut inner) = pm.as_pin_mut() {
        *inner += 100;
    }
    println!("m {:?}", m);

    let port: Option<u16> = None;
    let p = port.expect("port must be configured");
    println!("unreachable {}", p);
}
