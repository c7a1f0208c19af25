// A `&mut` argument passed to a parameter declared `&mut` is reborrowed, not moved: it stays usable.
fn bump(n: &mut i32) {
    *n += 1;
}

fn bump_twice(n: &mut i32) {
    bump(n);
    bump(n);
    *n *= 10;
}

fn main() {
    let mut c = 1;
    let r = &mut c;
    bump_twice(r);
    bump(r);
    println!("{c}");
}
