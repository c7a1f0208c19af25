// Splitting slices by a predicate (split / rsplit / splitn / rsplitn / split_inclusive and their _mut
// forms), by position (split_at*, split_first*, split_last*, first_chunk / last_chunk), and strip_prefix/suffix.
fn main() {
    let v = [1, 0, 2, 3, 0, 4, 0];
    println!("split: {:?}", v.split(|&x| x == 0).collect::<Vec<_>>());
    println!("rsplit: {:?}", v.rsplit(|&x| x == 0).collect::<Vec<_>>());
    println!("splitn(2): {:?}", v.splitn(2, |&x| x == 0).collect::<Vec<_>>());
    println!("rsplitn(2): {:?}", v.rsplitn(2, |&x| x == 0).collect::<Vec<_>>());
    println!("split_inclusive: {:?}", v.split_inclusive(|&x| x == 0).collect::<Vec<_>>());
    println!("split_inclusive none: {:?}", [1, 2].split_inclusive(|&x| x == 0).collect::<Vec<_>>());
    let empty: [i32; 0] = [];
    println!("empty split: {:?}", empty.split(|&x| x == 0).collect::<Vec<_>>());
    println!("empty split_inclusive: {}", empty.split_inclusive(|&x| x == 0).count());

    let mut m = [1, 0, 2, 3, 0, 4];
    for part in m.split_mut(|&x| x == 0) {
        part.reverse();
    }
    println!("split_mut: {:?}", m);
    for part in m.rsplit_mut(|&x| x == 0).take(1) {
        part[0] = 40;
    }
    println!("rsplit_mut: {:?}", m);
    for part in m.splitn_mut(2, |&x| x == 0) {
        part[0] += 1;
    }
    println!("splitn_mut: {:?}", m);
    for part in m.rsplitn_mut(2, |&x| x == 0) {
        if let Some(last) = part.last_mut() {
            *last = 7;
        }
    }
    println!("rsplitn_mut: {:?}", m);
    for part in m.split_inclusive_mut(|&x| x == 0) {
        let n = part.len();
        part[n - 1] = -1;
    }
    println!("split_inclusive_mut: {:?}", m);

    let s = [10, 20, 30, 40, 50];
    let (a, b) = s.split_at(2);
    println!("split_at: {:?} {:?}", a, b);
    println!("split_at_checked: {:?} {:?}", s.split_at_checked(5), s.split_at_checked(6));
    let mut t = [1, 2, 3, 4];
    let (l, r) = t.split_at_mut(1);
    l[0] = r[2];
    r[0] = 0;
    println!("split_at_mut: {:?}", t);
    if let Some((l, r)) = t.split_at_mut_checked(3) {
        l[0] += r[0];
    }
    let none = t.split_at_mut_checked(9).is_none();
    println!("split_at_mut_checked: {:?} {}", t, none);
    println!("split_first: {:?}", s.split_first());
    println!("split_last: {:?}", s.split_last());
    println!("empty split_first: {:?}", empty.split_first());
    if let Some((first, rest)) = t.split_first_mut() {
        *first = rest.len() as i32;
        rest[0] = 100;
    }
    if let Some((last, rest)) = t.split_last_mut() {
        *last = rest[0] + 1;
    }
    println!("split_first_mut / split_last_mut: {:?}", t);

    println!("first_chunk: {:?} {:?}", s.first_chunk::<2>(), s.first_chunk::<6>());
    println!("last_chunk: {:?}", s.last_chunk::<3>());
    println!("split_first_chunk: {:?}", s.split_first_chunk::<2>());
    println!("split_last_chunk: {:?}", s.split_last_chunk::<2>());
    let mut u = [1, 2, 3, 4, 5];
    if let Some(c) = u.first_chunk_mut::<2>() {
        c[0] = 9;
    }
    if let Some(c) = u.last_chunk_mut::<2>() {
        *c = [7, 8];
    }
    println!("chunk_mut: {:?}", u);
    if let Some((head, rest)) = u.split_first_chunk_mut::<1>() {
        head[0] = rest.len() as i32;
    }
    if let Some((rest, tail)) = u.split_last_chunk_mut::<1>() {
        tail[0] = rest[1];
    }
    println!("split_chunk_mut: {:?}", u);

    println!("strip_prefix: {:?} {:?}", s.strip_prefix(&[10, 20]), s.strip_prefix(&[20]));
    let nothing: &[i32] = &[];
    println!("strip_suffix: {:?} {:?}", s.strip_suffix(&[50]), s.strip_suffix(nothing));
    println!("starts/ends: {} {}", s.starts_with(&[10]), s.ends_with(&[40, 50]));
    let (x, y) = s.split_at(6);
    println!("{:?} {:?}", x, y);
}
