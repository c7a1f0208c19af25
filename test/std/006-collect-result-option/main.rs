// FromIterator for Result<Vec<T>, E> and Option<Vec<T>>: the first Err / None wins, stopping early.
fn parse_all(items: &[&str]) -> Result<Vec<i32>, String> {
    items.iter().map(|s| s.parse::<i32>().map_err(|e| format!("{}: {}", s, e))).collect()
}

fn main() {
    let r: Result<Vec<i32>, String> = vec![Ok(1), Err("bad".to_string())].into_iter().collect();
    println!("{:?}", r);
    let good: Result<Vec<i32>, String> = vec![Ok(1), Ok(2)].into_iter().collect();
    println!("{:?}", good);
    println!("{:?}", parse_all(&["1", "22", "333"]));
    println!("{:?}", parse_all(&["1", "x", "y"]));
    let o: Option<Vec<i32>> = vec![Some(1), None].into_iter().collect();
    println!("{:?}", o);
    let o2 = [Some('a'), Some('b')].into_iter().collect::<Option<Vec<char>>>();
    println!("{:?}", o2);
    let t = "4,5,6".split(',').map(|x| x.parse::<u8>()).collect::<Result<Vec<_>, _>>();
    println!("{:?}", t);
    let seen = [1, 2, -3, 4]
        .iter()
        .map(|&x| {
            println!("visit {}", x);
            if x > 0 { Ok(x) } else { Err(x) }
        })
        .collect::<Result<Vec<i32>, i32>>();
    println!("{:?}", seen);
    let s: Option<String> = vec![Some("ab"), Some("cd")].into_iter().collect();
    println!("{:?}", s);
    let empty: Result<Vec<u8>, ()> = Vec::new().into_iter().collect();
    println!("{:?}", empty);
}
