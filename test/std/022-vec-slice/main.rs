// Vec and slice methods: building, reading (get / first / last / contains / binary_search), editing
// (insert / remove / swap_remove / truncate / retain / dedup / append / split_off / extend_from_slice),
// sorting and searching, windows / chunks / split_at / concat / join, iteration by reference and by value.
fn main() {
    let mut v: Vec<i32> = Vec::with_capacity(4);
    println!("{} {} {}", v.len(), v.capacity(), v.is_empty());
    v.push(5);
    v.push(3);
    v.extend_from_slice(&[8, 1, 9]);
    println!("{:?} {} {}", v, v.len(), v.capacity());
    println!("{:?} {:?} {:?} {:?}", v.first(), v.last(), v.get(2), v.get(10));
    println!("{} {}", v.contains(&8), v.contains(&4));
    if let Some(x) = v.get_mut(0) {
        *x *= 10;
    }
    v.insert(1, 7);
    println!("{:?}", v);
    let removed = v.remove(0);
    let swapped = v.swap_remove(0);
    println!("{} {}", removed, swapped);
    println!("{:?}", v);
    v.swap(0, 1);
    v.reverse();
    println!("{:?}", v);
    println!("{:?}", v.pop());
    let mut s = vec![4, 1, 3, 1, 5, 9, 2, 6];
    s.sort();
    println!("{:?} {:?} {:?}", s, s.binary_search(&5), s.binary_search(&7));
    s.dedup();
    println!("{:?}", s);
    s.sort_by(|a, b| b.cmp(a));
    println!("{:?}", s);
    s.sort_by_key(|x| (x % 3, *x));
    println!("{:?}", s);
    s.sort_unstable();
    s.retain(|&x| x != 4);
    println!("{:?}", s);
    s.truncate(3);
    println!("{:?} {}", s, s.capacity());
    let mut other = vec![10, 20];
    s.append(&mut other);
    println!("{:?} {:?}", s, other);
    let tail = s.split_off(2);
    println!("{:?} {:?}", s, tail);
    s.clear();
    println!("{:?} {}", s, s.is_empty());
    let words = vec!["a", "b", "c"];
    println!("{} {} {:?}", words.join("-"), words.concat(), [[1, 2], [3, 4]].concat());
    let nums = [1, 2, 3, 4, 5];
    println!("{:?}", nums.windows(2).map(|w| w[0] + w[1]).collect::<Vec<_>>());
    println!("{:?}", nums.chunks(2).collect::<Vec<_>>());
    let (l, r) = nums.split_at(2);
    println!("{:?} {:?} {}", l, r, nums.len());
    println!("{:?} {:?}", nums.iter().position(|&x| x == 3), nums.iter().max());
    let doubled: Vec<i32> = nums.iter().map(|x| x * 2).collect();
    println!("{:?} {:?}", doubled, nums.to_vec());
    let mut m = [3, 1, 2];
    m.sort();
    for x in m.iter_mut() {
        *x *= 100;
    }
    println!("{:?} {:?}", m, &m[1..]);
    let strings = vec![String::from("x"), String::from("y")];
    for s in &strings {
        print!("{} ", s);
    }
    println!();
    for (i, s) in strings.into_iter().enumerate() {
        print!("{}:{} ", i, s);
    }
    println!();
    let zeros = vec![0u8; 3];
    let grid = vec![vec![1, 2], vec![3]];
    println!("{:?} {:?} {}", zeros, grid, grid.iter().map(|r| r.len()).sum::<usize>());
    let from_arr = Vec::from([1, 2, 3]);
    let mut shrink = Vec::with_capacity(10);
    shrink.push(1);
    shrink.shrink_to_fit();
    println!("{:?} {} {:?}", from_arr, shrink.capacity(), from_arr.as_slice());
    let mut dq: Vec<i32> = (1..=5).collect();
    let drained: Vec<i32> = dq.drain(1..3).collect();
    println!("{:?} {:?}", dq, drained);
    let arr = [1, 2, 3];
    println!("{:?} {:?}", arr.map(|x| x * x), arr.as_slice());
}
