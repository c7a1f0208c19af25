use std::mem::size_of;
#[allow(dead_code)]
struct P<T> { x: T, y: T }
#[allow(dead_code)]
struct Pair<A, B> { a: A, b: B }
#[allow(dead_code)]
enum Slot<T> { Empty, Full(T) }
#[allow(dead_code)]
struct Wrapper<T>(T, u8);
fn main() {
    println!("{}", size_of::<Box<dyn std::fmt::Debug>>());
    println!("{}", size_of::<&str>());
    println!("{}", size_of::<(u8, u64)>());
    println!("{}", size_of::<P<u8>>());
    println!("{}", size_of::<P<u64>>());
    println!("{}", size_of::<P<String>>());
    println!("{}", size_of::<Pair<u8, u32>>());
    println!("{}", size_of::<Pair<Box<i32>, bool>>());
    println!("{}", size_of::<Slot<u32>>());
    println!("{}", size_of::<Slot<Box<u8>>>());
    println!("{}", size_of::<Option<P<u16>>>());
    println!("{}", size_of::<Wrapper<u16>>());
    println!("{}", size_of::<Wrapper<P<u32>>>());
}
