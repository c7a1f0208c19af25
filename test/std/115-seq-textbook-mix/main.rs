// Everyday sequence code: bubble sort with swap, a generic largest over &[T], slice patterns, 2-D Vecs, a
// grid BFS with a VecDeque, retain / drain / zip / chunks / windows, a bracket stack, sort + dedup + insert.
use std::collections::VecDeque;

fn bubble(v: &mut [i32]) {
    let n = v.len();
    for i in 0..n {
        for j in 0..n - 1 - i {
            if v[j] > v[j + 1] {
                v.swap(j, j + 1);
            }
        }
    }
}

fn largest<T: PartialOrd + Copy>(list: &[T]) -> T {
    let mut m = list[0];
    for &x in list {
        if x > m {
            m = x;
        }
    }
    m
}

fn describe(s: &[i32]) -> String {
    match s {
        [] => "empty".to_string(),
        [x] => format!("one {}", x),
        [first, .., last] => format!("{}..{}", first, last),
    }
}

fn bfs(grid: &[Vec<u8>], start: (usize, usize)) -> Vec<Vec<i32>> {
    let h = grid.len();
    let w = grid[0].len();
    let mut dist = vec![vec![-1; w]; h];
    let mut q = VecDeque::new();
    dist[start.0][start.1] = 0;
    q.push_back(start);
    while let Some((r, c)) = q.pop_front() {
        let d = dist[r][c];
        let dirs: [(i32, i32); 4] = [(0, 1), (1, 0), (0, -1), (-1, 0)];
        for (dr, dc) in dirs.iter() {
            let nr = r as i32 + dr;
            let nc = c as i32 + dc;
            if nr < 0 || nc < 0 || nr >= h as i32 || nc >= w as i32 {
                continue;
            }
            let (nr, nc) = (nr as usize, nc as usize);
            if grid[nr][nc] == b'#' || dist[nr][nc] != -1 {
                continue;
            }
            dist[nr][nc] = d + 1;
            q.push_back((nr, nc));
        }
    }
    dist
}

fn main() {
    let mut v = vec![5, 2, 9, 1, 7];
    bubble(&mut v);
    println!("{:?} largest {}", v, largest(&v));
    println!("{} {} {}", describe(&[]), describe(&[4]), describe(&v));
    let mut fs = vec![2.5, -1.0, 3.25];
    fs.sort_by(|a, b| b.partial_cmp(a).unwrap());
    println!("{:?} {}", fs, largest(&fs));
    let words = vec![String::from("a"), String::from("b")];
    println!("{} {}", words.join(", "), words.concat());
    println!("{:?} {:?}", v.iter().position(|&x| x == 7), v.first().copied());
    println!("{}", v.windows(2).all(|w| w[0] <= w[1]));
    let sums: Vec<i32> = v.chunks(2).map(|c| c.iter().sum::<i32>()).collect();
    println!("{:?}", sums);
    let [a, b, ..] = [10, 20, 30, 40];
    println!("{} {}", a, b);
    if let [x, y, rest @ ..] = v.as_slice() {
        println!("{} {} {:?}", x, y, rest);
    }
    let mut grid2 = vec![vec![0; 3]; 2];
    grid2[1][2] = 5;
    for row in grid2.iter_mut() {
        row[0] += 1;
    }
    println!("{:?}", grid2);
    let grid: Vec<Vec<u8>> = ["..#", "...", "#.."].iter().map(|s| s.as_bytes().to_vec()).collect();
    for row in bfs(&grid, (0, 0)) {
        println!("{:?}", row);
    }
    let mut names = vec!["", "x", "", "yy"];
    names.retain(|s| !s.is_empty());
    let firsts: Vec<_> = v.drain(..2).collect();
    println!("{:?} {:?} {:?}", names, firsts, v);
    let total: i32 = v.iter().zip(v.iter().skip(1)).map(|(a, b)| a * b).sum();
    println!("{}", total);
    let mut stack = Vec::new();
    for c in "(()())".chars() {
        if c == '(' { stack.push(c); } else { stack.pop(); }
    }
    println!("{} {:?}", stack.is_empty(), stack.last());
    let mut dq: VecDeque<_> = v.iter().copied().collect();
    dq.rotate_left(1);
    let back: Vec<i32> = dq.into_iter().collect();
    println!("{:?}", back);
    let mut arr2 = [[0u8; 3]; 2];
    arr2[1][1] = 7;
    println!("{:?} {}", arr2, arr2.len() * arr2[0].len());
    let mut opt: Vec<Option<i32>> = vec![Some(1), None, Some(3)];
    if let Some(slot) = opt.get_mut(1) { *slot = Some(2); }
    let flat: Vec<i32> = opt.iter().flatten().copied().collect();
    println!("{:?}", flat);
    let sorted = { let mut s = vec!["pear", "apple", "fig"]; s.sort(); s };
    println!("{:?} {:?}", sorted, sorted.binary_search(&"fig"));
    let mut m = vec![3, 1, 2];
    m.sort_unstable_by(|a, b| b.cmp(a));
    m.dedup();
    m.insert(1, 9);
    println!("{:?} {}", m, m.iter().max().unwrap());
}
