// Slices as function parameters (&mut v[a..b], &v[1..]), to_owned / Vec::from of slices, arrays, strings
// and deques, sorting derived-Ord structs, array comparisons, 2-D arrays, and swap's index panic.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Card {
    rank: u8,
    suit: char,
}

fn double_all(xs: &mut [i32]) {
    for x in xs.iter_mut() {
        *x *= 2;
    }
}

fn sum_tail(xs: &[i32]) -> i32 {
    xs[1..].iter().sum()
}

fn main() {
    let mut v = vec![3, 1, 4, 1, 5, 9, 2, 6];
    double_all(&mut v[2..5]);
    println!("{:?} {}", v, sum_tail(&v));
    let owned: Vec<i32> = v[..3].to_owned();
    let from: Vec<i32> = Vec::from(&v[5..]);
    println!("{:?} {:?} cap {} {}", owned, from, owned.capacity(), from.capacity());
    let boxed: Box<[i32]> = vec![1, 2, 3].into_boxed_slice();
    println!("{:?} {}", boxed, boxed.iter().sum::<i32>());
    let mut cards = vec![
        Card { rank: 10, suit: 'h' },
        Card { rank: 2, suit: 's' },
        Card { rank: 10, suit: 'c' },
    ];
    cards.sort();
    println!("{:?}", cards);
    cards.sort_by(|a, b| b.rank.cmp(&a.rank).then(a.suit.cmp(&b.suit)));
    println!("{:?}", cards.iter().map(|c| format!("{}{}", c.rank, c.suit)).collect::<Vec<_>>());
    println!("{:?}", cards.iter().min_by_key(|c| c.rank));
    let a = [1, 2, 3];
    let b = [0i32; 3];
    println!("{} {} {} {:?}", a < [1, 3, 0], v == [3, 1, 8, 2, 10, 9, 2, 6], a.iter().sum::<i32>(), b);
    for (i, x) in a.iter().rev().enumerate() {
        print!("{}:{} ", i, x);
    }
    println!();
    let rev: Vec<i32> = vec![1, 2, 3].into_iter().rev().collect();
    let fruits = ["apple", "kiwi"];
    println!("{:?} {} {}", rev, fruits.contains(&"kiwi"), fruits.iter().any(|f| f.len() > 4));
    let nested = vec![vec![1, 2], vec![3], vec![]];
    println!("{:?} {}", nested.concat(), nested.iter().map(|v| v.len()).sum::<usize>());
    let mut w = vec![0; 3];
    w.extend_from_slice(&v[6..]);
    w.fill(7);
    w.truncate(2);
    println!("{:?} cap {}", w, w.capacity());
    let collected: Vec<u64> = (1..=10).filter(|x| x % 3 == 0).map(|x| x * x).collect();
    println!("{:?} cap {}", collected, collected.capacity());
    let mut s = Vec::new();
    for i in 0..10 {
        s.push(i);
        if s.capacity() == s.len() {
            print!("{} ", s.capacity());
        }
    }
    println!();
    s.shrink_to_fit();
    println!("{}", s.capacity());
    let mut grid = [[0; 4]; 3];
    for (r, row) in grid.iter_mut().enumerate() {
        for (c, cell) in row.iter_mut().enumerate() {
            *cell = r * 4 + c;
        }
    }
    let col: Vec<usize> = grid.iter().map(|row| row[2]).collect();
    println!("{:?} {:?}", grid[2], col);
    let transposed: Vec<Vec<usize>> = (0..4).map(|c| grid.iter().map(|row| row[c]).collect()).collect();
    println!("{:?}", transposed[3]);
    let arr = [4, 5];
    let from_ref = Vec::from(&arr);
    let from_str = Vec::from("hé");
    let mut text = String::with_capacity(10);
    text.push_str("ab");
    let from_string = Vec::from(text);
    let mut dq = std::collections::VecDeque::with_capacity(6);
    dq.push_back(2);
    dq.push_front(1);
    let from_deque = Vec::from(dq);
    println!("{:?} {:?} {:?} cap {} {:?} cap {}", from_ref, from_str, from_string, from_string.capacity(), from_deque, from_deque.capacity());
    println!("{:?} {:?}", arr.to_owned(), vec![1, 2].to_owned());
    v.swap(0, 8);
}
