// Editing slices in place (fill*, swap_with_slice, copy/clone_from_slice, copy_within, rotate, reverse),
// building new ones (repeat, concat, join, to_vec, as_flattened), byte-slice ASCII helpers, split_off*,
// get_disjoint_mut, as_array, element_offset; a rotate past the length panics inside core.
fn main() {
    let mut a = [0; 5];
    a.fill(7);
    println!("fill: {:?}", a);
    let mut n = 0;
    a.fill_with(|| {
        n += 2;
        n
    });
    println!("fill_with: {:?}", a);
    let mut names = vec![String::new(); 3];
    names.fill(String::from("hi"));
    println!("fill String: {:?}", names);

    let mut x = [1, 2, 3, 4];
    let mut y = [9, 8];
    x[1..3].swap_with_slice(&mut y);
    println!("swap_with_slice: {:?} {:?}", x, y);
    x[..2].copy_from_slice(&[5, 6]);
    println!("copy_from_slice: {:?}", x);
    let mut owned = vec![String::from("a"), String::from("b")];
    owned.clone_from_slice(&[String::from("c"), String::from("d")]);
    println!("clone_from_slice: {:?}", owned);
    let mut buf = *b"hello world";
    buf.copy_within(6..11, 0);
    println!("copy_within: {}", String::from_utf8_lossy(&buf));
    let mut r = [1, 2, 3, 4, 5, 6];
    r.rotate_left(2);
    println!("rotate_left(2): {:?}", r);
    r.rotate_right(2);
    println!("rotate_right(2): {:?}", r);
    r[1..5].rotate_left(1);
    println!("sub-rotate: {:?}", r);
    r.rotate_left(6);
    r.reverse();
    println!("reverse: {:?}", r);

    println!("repeat: {:?}", [1, 2].repeat(3));
    println!("concat: {:?}", [[1, 2], [3, 4]].concat());
    println!("join: {:?}", [vec![1], vec![2, 3], vec![]].join(&0));
    println!("join slice: {:?}", [[1, 2], [3, 4]].join(&[0, 0][..]));
    println!("str concat/join: {} {}", ["ab", "cd"].concat(), ["x", "y", "z"].join("-"));
    let part = r[2..].to_vec();
    println!("to_vec: {:?} len {} empty {}", part, part.len(), part.is_empty());
    println!("contains: {} {}", r.contains(&3), r.contains(&30));
    let grid = [[1, 2, 3], [4, 5, 6]];
    println!("as_flattened: {:?}", grid.as_flattened());
    let mut g = [[0u8; 2]; 3];
    for (i, cell) in g.as_flattened_mut().iter_mut().enumerate() {
        *cell = i as u8;
    }
    println!("as_flattened_mut: {:?}", g);

    let mut bytes = *b"Hello, World";
    bytes.make_ascii_uppercase();
    println!("upper: {}", String::from_utf8_lossy(&bytes));
    bytes.make_ascii_lowercase();
    println!("lower: {}", String::from_utf8_lossy(&bytes));
    println!("to_ascii_uppercase: {:?}", b"abc1".to_ascii_uppercase());
    println!("to_ascii_lowercase: {:?}", b"ABz".to_ascii_lowercase());
    println!("is_ascii: {} {}", b"abc".is_ascii(), [0xffu8].is_ascii());
    println!("eq_ignore_ascii_case: {}", b"RuSt".eq_ignore_ascii_case(b"rust"));
    println!("trim_ascii: {:?}", b"  hi there \n".trim_ascii());
    println!("trim_ascii_start: {:?}", b"\t x ".trim_ascii_start());
    println!("trim_ascii_end: {:?}", b" x \r\n".trim_ascii_end());
    println!("escape_ascii: {}", b"a\tb\n\"q\" \x01\xff".escape_ascii());
    println!("escape_ascii to_string: {:?}", b"\\0".escape_ascii().to_string());

    let mut s: &[i32] = &[1, 2, 3, 4, 5, 6];
    println!("split_off_first: {:?} rest {:?}", s.split_off_first(), s);
    println!("split_off_last: {:?} rest {:?}", s.split_off_last(), s);
    println!("split_off(..2): {:?} rest {:?}", s.split_off(..2), s);
    println!("split_off(1..): {:?} rest {:?}", s.split_off(1..), s);
    println!("split_off(5..): {:?} rest {:?}", s.split_off(5..), s);
    let mut e: &[i32] = &[];
    println!("empty split_off_first: {:?}", e.split_off_first());
    let mut store = [1, 2, 3, 4];
    let mut ms: &mut [i32] = &mut store;
    if let Some(f) = ms.split_off_first_mut() {
        *f = 10;
    }
    if let Some(l) = ms.split_off_last_mut() {
        *l = 40;
    }
    if let Some(mid) = ms.split_off_mut(1..) {
        mid[0] = 30;
    }
    ms[0] = 20;
    println!("split_off_*_mut: {:?}", store);

    let mut d = [1, 2, 3, 4];
    if let Ok([p, q]) = d.get_disjoint_mut([0, 3]) {
        std::mem::swap(p, q);
    }
    println!("get_disjoint_mut: {:?}", d);
    println!("overlap: {:?}", d.get_disjoint_mut([1, 1]).is_err());
    println!("out of bounds: {:?}", d.get_disjoint_mut([0, 9]).is_err());
    if let Ok([lo, hi]) = d.get_disjoint_mut([0..2, 2..4]) {
        lo[0] = hi[1];
    }
    println!("get_disjoint_mut ranges: {:?}", d);

    let sl: &[i32] = &d;
    let arr: Option<&[i32; 4]> = sl.as_array();
    println!("as_array: {:?} {:?}", arr, sl.as_array::<3>());
    if let Some(m) = d.as_mut_array::<4>() {
        m[3] = 0;
    }
    println!("as_mut_array: {:?}", d);
    println!("element_offset: {:?}", d.element_offset(&d[2]));
    println!("first/last: {:?} {:?} {:?}", d.first(), d.last(), e.last());
    let total: i32 = d.iter().sum();
    for v in d.iter_mut() {
        *v += total;
    }
    println!("iter_mut: {:?}", d);
    let mut z = [1, 2, 3];
    z.rotate_left(4);
}
