use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
fn h<T: Hash>(t: &T) -> u64 { let mut s = DefaultHasher::new(); t.hash(&mut s); s.finish() }
fn main() {
    println!("{}", h(&Ok::<u8, String>(1)));
    println!("{}", h(&Err::<String, u16>(2)));
    println!("{}", h(&Some::<i64>(3)));
    println!("{}", std::mem::size_of_val(&Some::<u8>(4)));
    let r = Ok::<u8, ()>(250).map(|x| x.wrapping_add(10));
    println!("{:?}", r);
}
