unsafe fn reset(n: &mut i32) {
    *n = 0;
}

unsafe fn twice(n: &mut i32) {
    reset(n);
    reset(n);
}

fn main() {
    let mut count = 5;
    unsafe {
        twice(&mut count);
    }
    let doubled = count * 2;
    reset(&mut count);
    println!("{count} {doubled}");
}
