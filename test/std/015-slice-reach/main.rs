// Slice and Vec methods readers reach for: resize, fill, first_mut / last_mut, chunks_exact, rchunks,
// split_first / split_last, starts_with / ends_with, rotate, binary_search_by(_key), partition_point, dedup_by_key.
fn main() {
    let mut v = vec![1, 2, 3];
    v.resize(5, 0);
    println!("{:?} {}", v, v.capacity());
    v.resize(2, 9);
    println!("{:?}", v);
    let mut names: Vec<String> = Vec::new();
    names.resize(2, String::from("x"));
    println!("{:?}", names);
    let mut grid = [0u8; 6];
    grid.fill(7);
    println!("{:?}", grid);
    if let Some(f) = v.first_mut() {
        *f = 100;
    }
    if let Some(l) = v.last_mut() {
        *l += 1;
    }
    println!("{:?}", v);
    let data = [1, 2, 3, 4, 5, 6, 7];
    for c in data.chunks_exact(3) {
        print!("{:?} ", c);
    }
    println!("| {:?}", data.chunks_exact(3).count());
    let r: Vec<&[i32]> = data.rchunks(3).collect();
    println!("{:?}", r);
    if let Some((first, rest)) = data.split_first() {
        println!("{} {:?}", first, rest);
    }
    if let Some((last, rest)) = data.split_last() {
        println!("{} {:?}", last, rest);
    }
    println!("{} {} {}", data.starts_with(&[1, 2]), data.ends_with(&[7]), data.ends_with(&[6]));
    let mut rot = [1, 2, 3, 4, 5];
    rot.rotate_left(2);
    println!("{:?}", rot);
    rot.rotate_right(1);
    println!("{:?}", rot);
    let pairs = [(1, "a"), (3, "c"), (5, "e")];
    println!("{:?} {:?}", pairs.binary_search_by_key(&3, |&(k, _)| k), pairs.binary_search_by(|p| p.0.cmp(&4)));
    let sorted = [1, 2, 4, 8, 16];
    println!("{}", sorted.partition_point(|&x| x < 5));
    let mut words = vec!["apple", "avocado", "banana", "blueberry", "cherry"];
    words.dedup_by_key(|w| w.chars().next().unwrap());
    println!("{:?}", words);
    println!("{} {}", [1, 2, 2, 9].is_sorted(), [3, 1].is_sorted());
    println!("{:?}", [1, 2].repeat(3));
}
