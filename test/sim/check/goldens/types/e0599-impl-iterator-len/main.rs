fn first_two(mut items: impl Iterator<Item = i32>) -> Option<(i32, i32)> {
    if items.len() < 2 {
        return None;
    }
    let a = items[0];
    let b = items.next()?;
    Some((a, b))
}

fn main() {
    println!("{:?}", first_two(vec![1, 2, 3].into_iter()));
}
