#[derive(Debug)]
struct City {
    name: &'static str,
    people: u32,
}

fn main() {
    let a = [1, 2, 3];
    let b = [1, 2, 4];
    println!("lt {} le {} gt {} ge {}", a.iter().lt(b.iter()), a.iter().le(a.iter()), a.iter().gt(b.iter()), b.iter().ge(a.iter()));
    println!("eq {} ne {}", a.iter().eq(a.iter()), a.iter().ne(b.iter()));
    println!("partial_cmp {:?} {:?}", a.iter().partial_cmp(b.iter()), [1.0, f64::NAN].iter().partial_cmp([1.0, 2.0].iter()));
    println!("shorter is less: {:?}", [1, 2].iter().cmp([1, 2, 0].iter()));

    let cities = vec![
        City { name: "Seoul", people: 9_400 },
        City { name: "Busan", people: 3_300 },
        City { name: "Incheon", people: 3_000 },
        City { name: "Daegu", people: 2_400 },
    ];
    let biggest = cities.iter().max_by_key(|c| c.people).unwrap();
    let longest = cities.iter().max_by_key(|c| c.name.len()).unwrap();
    println!("biggest {} longest-name {}", biggest.name, longest.name);
    let tie = ["ab", "cd", "e"].iter().max_by_key(|s| s.len());
    println!("ties give the last: {:?}", tie);

    let digits = [1, 2, 3, 4];
    let from_right = digits.iter().rfold(0, |acc, d| acc * 10 + d);
    println!("rfold {}", from_right);
    let words = ["a", "b", "c"];
    println!("rfold str {}", words.iter().rfold(String::new(), |mut s, w| { s.push_str(w); s }));

    let safe: Option<u8> = [100u8, 50, 60].iter().try_rfold(0u8, |acc, &x| acc.checked_add(x));
    let fits: Option<u8> = [10u8, 20, 30].iter().try_rfold(0u8, |acc, &x| acc.checked_add(x));
    println!("try_rfold {:?} {:?}", safe, fits);
    let parsed: Result<i32, String> = ["1", "2", "x"].iter().try_rfold(0, |acc, s| s.parse::<i32>().map(|n| acc + n).map_err(|e| format!("{}: {}", s, e)));
    println!("try_rfold result {:?}", parsed);
    let mut it = [1, 2, 3, 4, 5].iter();
    let r: Result<i32, i32> = it.try_rfold(0, |acc, &x| if x > 3 { Ok(acc + x) } else { Err(acc) });
    println!("stopped with {:?}, left {:?}", r, it.collect::<Vec<_>>());
    let empty: Vec<i32> = Vec::new();
    let r: Result<i32, String> = empty.iter().try_fold(0, |a, x| Ok(a + x));
    let o: Option<i32> = empty.iter().try_rfold(0, |a, x| Some(a + x));
    println!("empty: {:?} {:?}", r, o);
}
