// `into_iter()` called on a reference to a collection iterates by reference (IntoIterator for &C / &mut C):
// the collection stays where it is and is usable afterwards.
use std::collections::{BTreeMap, HashMap};

fn total(v: &Vec<i32>) -> i32 {
    v.into_iter().sum()
}

fn longest(words: &[String]) -> usize {
    words.into_iter().map(|w| w.len()).max().unwrap_or(0)
}

fn count_entries(m: &HashMap<String, i32>) -> usize {
    m.into_iter().count()
}

fn shout(names: &mut Vec<String>) {
    for n in names.into_iter() {
        n.push('!');
    }
    names.push(String::from("end"));
}

fn main() {
    let v = vec![1, 2, 3];
    println!("{}", total(&v));
    let r = &v;
    let doubled: Vec<i32> = r.into_iter().map(|x| x * 2).collect();
    println!("{:?} {:?}", doubled, v);

    let words = vec![String::from("ab"), String::from("abcd")];
    println!("{}", longest(&words));

    let mut m = HashMap::new();
    m.insert(String::from("a"), 1);
    println!("{} {:?}", count_entries(&m), m);

    let mut names = vec![String::from("kim"), String::from("lee")];
    shout(&mut names);
    println!("{:?}", names);

    let mut scores = BTreeMap::new();
    scores.insert("x", 10);
    scores.insert("y", 20);
    let rs = &mut scores;
    for (_, s) in rs.into_iter() {
        *s += 1;
    }
    println!("{:?}", scores);

    let maybe = Some(String::from("opt"));
    let ro = &maybe;
    for s in ro.into_iter() {
        println!("{}", s);
    }
    println!("{:?}", maybe);
}
