// Iterator adaptors and consumers: map / filter / filter_map / enumerate / zip / chain / skip / take /
// step_by / rev / flat_map / flatten / take_while / skip_while / scan / map_while / inspect / cycle /
// fuse, and count / sum / product / fold / reduce / min / max (by key) / find / position / any / all /
// partition / unzip / last / nth / collect, plus comparisons between iterators.
fn main() {
    let v = vec![3, 1, 4, 1, 5, 9, 2, 6];
    println!("{:?}", v.iter().map(|x| x * 10).collect::<Vec<_>>());
    println!("{:?}", v.iter().filter(|&&x| x % 2 == 0).collect::<Vec<_>>());
    println!("{:?}", ["1", "x", "3"].iter().filter_map(|s| s.parse::<i32>().ok()).collect::<Vec<_>>());
    println!("{:?}", v.iter().enumerate().skip(5).collect::<Vec<_>>());
    println!("{:?}", v.iter().zip("abc".chars()).collect::<Vec<_>>());
    println!("{:?}", (1..3).chain(7..9).collect::<Vec<_>>());
    println!("{:?}", (0..20).step_by(6).collect::<Vec<_>>());
    println!("{:?}", v.iter().rev().take(3).collect::<Vec<_>>());
    println!("{:?}", vec![vec![1, 2], vec![], vec![3]].into_iter().flatten().collect::<Vec<_>>());
    println!("{:?}", (1..4).flat_map(|n| (0..n).map(move |k| n * 10 + k)).collect::<Vec<_>>());
    println!("{:?}", v.iter().take_while(|&&x| x < 5).collect::<Vec<_>>());
    println!("{:?}", v.iter().skip_while(|&&x| x < 5).collect::<Vec<_>>());
    println!("{:?}", (1..=5).scan(0, |acc, x| { *acc += x; Some(*acc) }).collect::<Vec<_>>());
    println!("{:?}", [1, 2, -1, 4].iter().map_while(|&x| u32::try_from(x).ok()).collect::<Vec<_>>());
    let mut seen = Vec::new();
    let s: i32 = (1..4).inspect(|x| seen.push(*x)).sum();
    println!("{} {:?}", s, seen);
    println!("{:?}", [1, 2, 3].iter().cycle().take(7).collect::<Vec<_>>());
    println!("{} {} {}", v.iter().count(), v.iter().sum::<i32>(), (1..=5).product::<u64>());
    println!("{} {:?}", v.iter().fold(0, |a, b| a * 2 + b), v.iter().copied().reduce(|a, b| a.max(b)));
    println!("{:?} {:?} {:?} {:?}", v.iter().min(), v.iter().max(), v.iter().min_by_key(|&&x| (x as i32 - 4).abs()), v.iter().max_by(|a, b| (*a % 4).cmp(&(*b % 4))));
    println!("{:?} {:?} {:?}", v.iter().find(|&&x| x > 4), v.iter().position(|&x| x == 9), v.iter().find_map(|&x| if x > 4 { Some(x * 100) } else { None }));
    println!("{} {}", v.iter().any(|&x| x == 2), v.iter().all(|&x| x > 0));
    let (even, odd): (Vec<i32>, Vec<i32>) = v.iter().partition(|&&x| x % 2 == 0);
    println!("{:?} {:?}", even, odd);
    let (a, b): (Vec<i32>, Vec<char>) = vec![(1, 'a'), (2, 'b')].into_iter().unzip();
    println!("{:?} {:?}", a, b);
    println!("{:?} {:?} {:?}", v.iter().last(), v.iter().nth(2), v.iter().nth(99));
    let mut it = v.iter();
    println!("{:?} {:?} {:?}", it.next(), it.next(), it.len());
    println!("{:?} {:?}", it.by_ref().take(2).collect::<Vec<_>>(), it.next());
    println!("{} {} {:?}", (1..3).eq([1, 2].iter().copied()), (1..3).lt(1..4), [1, 2].iter().cmp([1, 3].iter()));
    let words = ["apple", "bob", "kayak"];
    let pal: Vec<&&str> = words.iter().filter(|w| w.chars().eq(w.chars().rev())).collect();
    println!("{:?}", pal);
    let total: f64 = [1.5, 2.5].iter().sum();
    let joined: String = vec!["a", "b"].into_iter().collect();
    println!("{} {}", total, joined);
    let mut fused = [1].iter().fuse();
    println!("{:?} {:?} {:?}", fused.next(), fused.next(), fused.next());
    println!("{:?}", (1..=3).map(|x| x * x).rev().collect::<Vec<_>>());
    println!("{:?}", std::iter::repeat("ab").take(3).collect::<String>());
    println!("{:?}", std::iter::successors(Some(1u32), |x| if *x < 100 { Some(x * 3) } else { None }).collect::<Vec<_>>());
    let mut n = 0;
    println!("{:?}", std::iter::from_fn(|| { n += 1; if n <= 3 { Some(n) } else { None } }).collect::<Vec<_>>());
    println!("{:?}", std::iter::once(5).chain(std::iter::empty()).collect::<Vec<i32>>());
    println!("{}", (1..=4).map(|x| x.to_string()).collect::<Vec<_>>().join("+"));
    println!("{}", [3, 1, 2].iter().is_sorted());
}
