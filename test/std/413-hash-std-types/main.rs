use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

#[derive(Hash)]
struct P { x: i32, name: String }
#[derive(Hash)]
enum One { Only(u8) }
#[derive(Hash)]
enum Two { A, B(u16) }

fn h<T: Hash + ?Sized>(t: &T) -> u64 {
    let mut s = DefaultHasher::new();
    t.hash(&mut s);
    s.finish()
}

fn main() {
    let empty = DefaultHasher::new();
    println!("{}", empty.finish());
    println!("{} {} {} {}", h(&1u8), h(&1i32), h(&1u64), h(&1usize));
    println!("{} {}", h("abc"), h(&String::from("abc")));
    println!("{} {}", h(&true), h(&'x'));
    println!("{} {}", h(&(1u8, 2u8)), h(&[1u8, 2u8]));
    println!("{} {}", h(&vec![1u8, 2u8]), h(&[1u8, 2u8][..]));
    println!("{} {}", h(&Some(5i32)), h(&None::<i32>));
    println!("{} {}", h(&P { x: 3, name: "a".into() }), h(&One::Only(1)));
    println!("{} {}", h(&Two::A), h(&Two::B(7)));
    println!("{} {}", h(&()), h(&-1i64));
    let mut s = DefaultHasher::new();
    s.write(&[1, 2, 3]);
    s.write_u32(7);
    s.write_usize(2);
    println!("{}", s.finish());
    let mut s2 = DefaultHasher::new();
    Hash::hash_slice(&[10u16, 20, 30], &mut s2);
    println!("{}", s2.finish());
    println!("{}", h(&Ok::<u8, String>(1u8)));
    println!("{}", h(&std::cmp::Ordering::Less));
    println!("{}", h(&Box::new(5i32)));
    println!("{}", h(&1u128));
}
