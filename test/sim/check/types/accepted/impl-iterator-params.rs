// `impl Iterator` parameters the checker must accept: consumed by `next`, `for` and adapters; `len` where the
// bound is `ExactSizeIterator`; indexing a collected `Vec`.
fn total(items: impl Iterator<Item = i32>) -> i32 {
    let mut sum = 0;
    for x in items {
        sum += x;
    }
    sum
}

fn sized(items: impl ExactSizeIterator<Item = i32>) -> usize {
    items.len()
}

fn second(mut items: impl Iterator<Item = String>) -> Option<String> {
    items.next();
    let rest: Vec<String> = items.collect();
    rest.first().cloned()
}

fn main() {
    let words = vec![String::from("a"), String::from("b")];
    let v = vec![1, 2, 3];
    println!("{} {} {:?}", total(v.clone().into_iter()), sized(v.into_iter()), second(words.into_iter()));
}
