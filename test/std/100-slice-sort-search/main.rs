// Sorting and searching slices: stable sorts keep equal keys in order, unstable sorts by a closure or a
// key, is_sorted*, binary_search* with Ok / Err (insertion point), partition_point, select_nth_unstable*.
#[derive(Debug, Clone)]
struct Book {
    title: &'static str,
    year: u32,
}

fn main() {
    let mut nums = [5, 3, 9, 1, 3, 7];
    nums.sort_unstable();
    println!("sort_unstable: {:?}", nums);
    nums.sort_unstable_by(|a, b| b.cmp(a));
    println!("sort_unstable_by desc: {:?}", nums);
    let mut words = vec!["pear", "fig", "banana", "kiwi"];
    words.sort_unstable_by_key(|w| w.len());
    println!("sort_unstable_by_key len: {:?}", words);

    let mut books = vec![
        Book { title: "Rust", year: 2018 },
        Book { title: "C", year: 1978 },
        Book { title: "Go", year: 2015 },
        Book { title: "Lisp", year: 1978 },
    ];
    books.sort_by_key(|b| b.year);
    let titles: Vec<&str> = books.iter().map(|b| b.title).collect();
    println!("stable by year: {:?}", titles);
    books.sort_by(|a, b| a.title.len().cmp(&b.title.len()).then(b.year.cmp(&a.year)));
    println!("by len then year desc: {:?}", books.iter().map(|b| b.title).collect::<Vec<_>>());
    books.sort_by_cached_key(|b| b.title.to_lowercase());
    println!("cached key: {:?}", books[0]);

    let sorted = [1, 2, 2, 4, 8];
    println!("is_sorted: {} {}", sorted.is_sorted(), [3, 1].is_sorted());
    println!("is_sorted_by: {}", sorted.is_sorted_by(|a, b| a <= b));
    println!("strictly: {}", sorted.is_sorted_by(|a, b| a < b));
    println!("is_sorted_by_key abs: {}", [-1i32, 2, -3, 4].is_sorted_by_key(|x| x.abs()));
    let empty: [i32; 0] = [];
    println!("empty sorted: {}", empty.is_sorted());

    for x in [0, 2, 3, 8, 9] {
        println!("binary_search({}) = {:?}", x, sorted.binary_search(&x));
    }
    println!("empty search: {:?}", empty.binary_search(&1));
    let pairs = [(1, 'a'), (3, 'b'), (5, 'c'), (7, 'd')];
    println!("by_key 5: {:?}", pairs.binary_search_by_key(&5, |&(k, _)| k));
    println!("by_key 6: {:?}", pairs.binary_search_by_key(&6, |&(k, _)| k));
    println!("by 3: {:?}", pairs.binary_search_by(|p| p.0.cmp(&3)));
    println!("by 0: {:?}", pairs.binary_search_by(|p| p.0.cmp(&0)));
    let mut ins = vec![10, 20, 30];
    let pos = ins.binary_search(&25).unwrap_or_else(|e| e);
    ins.insert(pos, 25);
    println!("sorted insert: {:?}", ins);

    let evens_first = [2, 4, 6, 1, 3];
    println!("partition_point: {}", evens_first.partition_point(|x| x % 2 == 0));
    println!("partition_point < 5: {}", sorted.partition_point(|&x| x < 5));
    println!("partition_point none: {}", sorted.partition_point(|&x| x > 100));

    let mut s = [9, 1, 8, 2, 7, 3, 6];
    let (lo, mid, hi) = s.select_nth_unstable(3);
    println!("select_nth 3: {:?} {} {:?}", lo, mid, hi);
    let mut s = [9, 1, 8, 2, 7, 3, 6];
    let (_, median, _) = s.select_nth_unstable_by(3, |a, b| b.cmp(a));
    println!("select_nth_by desc: {}", median);
    let mut s = [-9i32, 1, -8, 2, 7];
    let m = *s.select_nth_unstable_by_key(0, |x| x.abs()).1;
    println!("select_nth_by_key 0: {} -> {:?}", m, s);
    let mut s = [4, 9, 2, 7];
    s.select_nth_unstable(3);
    println!("select last: {:?}", s);
    let mut big = [3, 1, 2];
    big.select_nth_unstable(3);
}
