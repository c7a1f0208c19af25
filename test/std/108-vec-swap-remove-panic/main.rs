// Vec::swap_remove moves the last element into the hole (O(1), order not kept); past the end it panics
// inside std (not #[track_caller]), so the location is alloc's vec/mod.rs. split_off copies into a new exact buffer.
fn main() {
    let mut v = vec!['a', 'b', 'c', 'd'];
    println!("{} {:?}", v.swap_remove(1), v);
    println!("{} {:?}", v.swap_remove(2), v);
    let mut w = Vec::with_capacity(8);
    w.extend([1, 2, 3]);
    let all = w.split_off(0);
    println!("split_off(0): {:?} cap {} / {:?} cap {}", all, all.capacity(), w, w.capacity());
    let mut u = vec![1, 2, 3, 4];
    let back = u.split_off(3);
    println!("split_off(3): {:?} cap {} / {:?} cap {}", u, u.capacity(), back, back.capacity());
    v.swap_remove(5);
}
