// BinaryHeap: a max-heap whose internal order ({:?}, iter) follows std's sift algorithms; Reverse for
// a min-heap, peek / pop / into_sorted_vec / into_vec / from / collect, and a small Dijkstra-style loop.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

fn main() {
    let mut h = BinaryHeap::new();
    for x in [5, 1, 8, 3, 9, 2, 7] {
        h.push(x);
    }
    println!("{:?} {} {:?}", h, h.len(), h.peek());
    let p1 = h.pop();
    let p2 = h.pop();
    println!("{:?} {:?} {:?}", p1, p2, h);
    let sorted = h.clone().into_sorted_vec();
    println!("{:?} {:?}", sorted, h.clone().into_vec());
    let from_vec = BinaryHeap::from(vec![4, 10, 3, 7, 1]);
    println!("{:?}", from_vec);
    let collected: BinaryHeap<char> = "heapsort".chars().collect();
    println!("{:?} {:?}", collected, collected.peek());
    let mut min = BinaryHeap::new();
    for w in [30, 10, 20] {
        min.push(Reverse(w));
    }
    println!("{:?}", min.peek());
    println!("{:?}", min.pop().map(|Reverse(x)| x));
    let mut order = Vec::new();
    while let Some(Reverse(x)) = min.pop() {
        order.push(x);
    }
    println!("{:?} {}", order, min.is_empty());
    let edges = vec![vec![(1, 4), (2, 1)], vec![(3, 1)], vec![(1, 2), (3, 5)], vec![]];
    let mut dist = vec![u32::MAX; 4];
    let mut pq = BinaryHeap::new();
    dist[0] = 0;
    pq.push(Reverse((0u32, 0usize)));
    while let Some(Reverse((d, u))) = pq.pop() {
        if d > dist[u] {
            continue;
        }
        for &(v, w) in &edges[u] {
            if d + w < dist[v] {
                dist[v] = d + w;
                pq.push(Reverse((dist[v], v)));
            }
        }
    }
    println!("{:?}", dist);
    let mut e = BinaryHeap::from([1, 2]);
    e.extend(vec![6, 0, 5]);
    println!("{:?} {}", e.into_sorted_vec(), Reverse(1) < Reverse(2));
}
