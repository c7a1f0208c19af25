// cmp::Ordering combinators: then / then_with / reverse and the is_* predicates, sorting by two keys.
use std::cmp::Ordering;

#[derive(Debug)]
struct P {
    name: &'static str,
    age: u32,
}

fn main() {
    let mut names = vec!["b", "a", "ab", "ba", "c"];
    names.sort_by(|x, y| x.len().cmp(&y.len()).then(x.cmp(y)));
    println!("{:?}", names);
    let mut people = vec![P { name: "kim", age: 30 }, P { name: "lee", age: 25 }, P { name: "park", age: 30 }];
    people.sort_by(|a, b| b.age.cmp(&a.age).then_with(|| a.name.cmp(b.name)));
    println!("{:?}", people);
    let o = 1.cmp(&2);
    println!("{:?} {:?} {:?}", o, o.reverse(), Ordering::Equal.reverse());
    println!("{} {} {} {} {} {}", o.is_lt(), o.is_le(), o.is_gt(), o.is_ge(), o.is_eq(), o.is_ne());
    println!("{:?}", Ordering::Equal.then(Ordering::Greater));
    println!("{:?}", Ordering::Less.then_with(|| panic!("not called")));
    let mut v = vec![3, 1, 2];
    v.sort_by(|a, b| a.cmp(b).reverse());
    println!("{:?}", v);
    println!("{:?}", "b".cmp("a").then(Ordering::Less));
}
