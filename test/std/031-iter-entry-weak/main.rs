// Iterator::for_each / try_for_each / try_fold / size_hint / min_by / is_sorted_by(_key),
// FromIterator::from_iter, Entry::or_insert_with_key / key, HashMap drain / into_keys / with_capacity,
// Weak counts and ptr_eq, cmp::max_by / min_by, mem::align_of / size_of_val / forget.
use std::cmp;
use std::collections::HashMap;
use std::rc::{Rc, Weak};

fn main() {
    let mut total = 0;
    [1, 2, 3].iter().for_each(|x| total += x);
    println!("{}", total);
    let r: Result<(), String> = [1, 2, 3].iter().try_for_each(|&x| if x < 3 { Ok(()) } else { Err(format!("stop at {}", x)) });
    println!("{:?}", r);
    let sum = [1u8, 2, 3].iter().try_fold(0u8, |acc, &x| acc.checked_add(x));
    let over = [200u8, 100].iter().try_fold(0u8, |acc, &x| acc.checked_add(x));
    println!("{:?} {:?}", sum, over);
    let parsed: Result<i32, std::num::ParseIntError> = ["1", "2"].iter().try_fold(0, |acc, s| Ok(acc + s.parse::<i32>()?));
    println!("{:?}", parsed);
    println!("{:?} {:?}", [1, 2, 3].iter().size_hint(), (0..10).size_hint());
    let words = ["kiwi", "fig", "banana"];
    println!("{:?}", words.iter().min_by(|a, b| a.len().cmp(&b.len())));
    println!("{} {}", [1, 3, 2].iter().is_sorted_by(|a, b| a <= b), words.iter().is_sorted_by_key(|w| w.len()));
    let v = Vec::from_iter(1..4);
    let s = String::from_iter(['h', 'i']);
    println!("{:?} {}", v, s);

    let mut m: HashMap<String, usize> = HashMap::with_capacity(4);
    let n = m.entry("hello".to_string()).or_insert_with_key(|k| k.len());
    *n += 1;
    println!("{:?}", m.get("hello"));
    println!("{:?}", m.entry("x".to_string()).key());
    let mut keys: Vec<String> = m.clone().into_keys().collect();
    keys.sort();
    let drained: Vec<(String, usize)> = m.drain().collect();
    println!("{:?} {:?} {}", keys, drained, m.len());

    let a = Rc::new(1);
    let w1: Weak<i32> = Rc::downgrade(&a);
    let w2 = w1.clone();
    println!("{} {} {}", w1.strong_count(), w1.weak_count(), Weak::ptr_eq(&w1, &w2));
    drop(a);
    println!("{} {}", w2.strong_count(), w2.weak_count());
    println!("{} {}", cmp::max_by(2, 3, |a: &i32, b: &i32| b.cmp(a)), cmp::min_by("aa", "b", |a: &&str, b: &&str| a.len().cmp(&b.len())));
    let x = 5u64;
    println!("{} {} {}", std::mem::align_of::<u64>(), std::mem::size_of_val(&x), std::mem::size_of_val(&[0u16; 3]));
    std::mem::forget(String::from("leaked"));
    println!("end");
}
