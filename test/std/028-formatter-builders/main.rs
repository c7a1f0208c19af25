// Hand-written Debug impls with Formatter's builders (debug_struct / debug_tuple / debug_list /
// debug_set / debug_map, finish_non_exhaustive), plain and pretty ({:#?}), and fmt::Write on a String.
use std::fmt::{self, Write};

struct Point {
    x: i32,
    y: i32,
}
impl fmt::Debug for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_struct("Point").field("x", &self.x).field("y", &self.y).finish()
    }
}

struct Pair(i32, &'static str);
impl fmt::Debug for Pair {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Pair").field(&self.0).field(&self.1).finish()
    }
}

struct Bag(Vec<u8>);
impl fmt::Debug for Bag {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_list().entries(self.0.iter()).finish()
    }
}

struct Tags;
impl fmt::Debug for Tags {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_set().entry(&"a").entry(&"b").finish()
    }
}

struct Table;
impl fmt::Debug for Table {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_map().entry(&"k", &1).entries(vec![("j", 2)]).finish()
    }
}

struct Secret {
    id: u32,
}
impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_struct("Secret").field("id", &self.id).finish_non_exhaustive()
    }
}

fn main() {
    let p = Point { x: 1, y: -2 };
    println!("{:?}", p);
    println!("{:#?}", p);
    println!("{:?} {:?} {:?} {:?} {:?}", Pair(7, "seven"), Bag(vec![1, 2]), Tags, Table, Secret { id: 9 });
    println!("{:#?}", Pair(1, "one"));
    println!("{:#?}", Bag(vec![3]));
    println!("{:#?}", Secret { id: 1 });
    let mut s = String::new();
    write!(s, "{}-{}", 1, 2).unwrap();
    writeln!(s, "!").unwrap();
    s.write_str("end").unwrap();
    s.write_char('.').unwrap();
    println!("{:?}", s);
}
