// Vec editing and capacity: push_mut / insert_mut hand back the new element, dedup_by, retain_mut,
// resize_with, extend_from_within, splice, extract_if, reserve_exact / shrink_to / try_reserve, into_boxed_slice,
// into_flattened, leak, and the exact panics of insert_mut and extend_from_within past the end.
fn main() {
    let mut v: Vec<i32> = Vec::new();
    println!("new: len {} cap {}", v.len(), v.capacity());
    *v.push_mut(1) += 10;
    let x = v.push_mut(2);
    *x *= 5;
    println!("push_mut: {:?} cap {}", v, v.capacity());
    *v.insert_mut(0, 7) -= 1;
    println!("insert_mut: {:?}", v);

    let mut w = vec![1, 1, 2, 3, 3, 3, 4, 1];
    w.dedup();
    println!("dedup: {:?}", w);
    let mut names = vec!["apple", "Avocado", "banana", "Blueberry", "cherry"];
    names.dedup_by(|a, b| a.chars().next().unwrap().eq_ignore_ascii_case(&b.chars().next().unwrap()));
    println!("dedup_by first letter: {:?}", names);
    let mut ks = vec![10, 11, 20, 25, 31];
    ks.dedup_by_key(|k| *k / 10);
    println!("dedup_by_key: {:?}", ks);

    let mut r = vec![1, 2, 3, 4, 5, 6];
    r.retain(|&x| x != 3);
    println!("retain: {:?}", r);
    r.retain_mut(|x| {
        *x *= 10;
        *x > 20
    });
    println!("retain_mut: {:?}", r);

    let mut counter = 0;
    let mut z = vec![0; 2];
    z.resize_with(5, || {
        counter += 1;
        counter * 100
    });
    println!("resize_with grow: {:?} cap {}", z, z.capacity());
    z.resize_with(3, || 0);
    println!("resize_with shrink: {:?}", z);
    z.resize(6, -1);
    println!("resize: {:?}", z);

    let mut e = vec![1, 2, 3];
    e.extend_from_within(1..);
    println!("extend_from_within(1..): {:?} cap {}", e, e.capacity());
    e.extend_from_within(..2);
    println!("extend_from_within(..2): {:?}", e);
    e.extend_from_slice(&[8, 9]);
    println!("extend_from_slice: {:?}", e);

    let mut s = vec![1, 2, 3, 4, 5];
    let removed: Vec<i32> = s.splice(1..3, [20, 30, 40]).collect();
    println!("splice: {:?} removed {:?}", s, removed);
    let evens: Vec<i32> = s.extract_if(.., |x| *x % 2 == 0).collect();
    println!("extract_if: {:?} left {:?}", evens, s);
    let mut a = vec![1, 2];
    let mut b = vec![3, 4, 5];
    a.append(&mut b);
    println!("append: {:?} {:?} cap {}", a, b, a.capacity());
    let tail = a.split_off(3);
    println!("split_off: {:?} {:?}", a, tail);
    println!("swap_remove: {} {:?}", a.swap_remove(0), a);
    let drained: Vec<i32> = a.drain(..).collect();
    println!("drain: {:?} {:?}", drained, a);
    println!("pop_if: {:?}", vec![1, 2, 3].pop_if(|x| *x > 2));

    let mut c: Vec<u8> = Vec::with_capacity(3);
    c.push(1);
    c.reserve(10);
    println!("reserve(10): cap {}", c.capacity());
    let mut d: Vec<u64> = vec![1, 2, 3];
    d.reserve_exact(10);
    println!("reserve_exact(10): cap {}", d.capacity());
    d.shrink_to(5);
    println!("shrink_to(5): cap {}", d.capacity());
    d.shrink_to(0);
    println!("shrink_to(0): cap {}", d.capacity());
    println!("try_reserve: {:?} cap {}", d.try_reserve(4), d.capacity());
    println!("try_reserve_exact: {:?} cap {}", d.try_reserve_exact(20), d.capacity());
    println!("try_reserve overflow: {:?}", d.try_reserve(usize::MAX));
    println!("try_reserve_exact overflow is_err: {}", d.try_reserve_exact(usize::MAX).is_err());
    d.truncate(1);
    d.shrink_to_fit();
    println!("shrink_to_fit: {:?} cap {}", d, d.capacity());
    let mut m = vec![3, 1, 2];
    m.as_mut_slice().sort();
    if let Some(first) = m.as_mut_slice().first_mut() {
        *first = 0;
    }
    println!("as_mut_slice: {:?}", m.as_slice());

    let mut big = Vec::with_capacity(10);
    big.extend([1, 2, 3]);
    let boxed: Box<[i32]> = big.into_boxed_slice();
    println!("into_boxed_slice: {:?} len {}", boxed, boxed.len());
    let back = boxed.into_vec();
    println!("into_vec: {:?} cap {}", back, back.capacity());

    let pairs = vec![[1, 2], [3, 4], [5, 6]];
    let flat = pairs.into_flattened();
    println!("into_flattened: {:?} cap {}", flat, flat.capacity());
    let leaked: &'static mut [i32] = vec![7, 8, 9].leak();
    leaked[0] = 70;
    println!("leak: {:?}", leaked);
    println!("clear/is_empty: {}", {
        let mut t = vec![1];
        t.clear();
        t.is_empty()
    });

    let mut f = vec![1, 2, 3];
    f.insert_mut(4, 0);
}
