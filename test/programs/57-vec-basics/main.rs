fn main() {
    let mut v: Vec<i32> = Vec::new();
    println!("new: {:?}, len = {}, empty = {}", v, v.len(), v.is_empty());
    v.push(5);
    v.push(6);
    v.push(7);
    println!("v = {:?}", v);
    let third = v[2];
    println!("v[2] = {}", third);
    println!("get(1) = {:?}, get(10) = {:?}", v.get(1), v.get(10));
    match v.get(2) {
        Some(x) => println!("third element is {}", x),
        None => println!("no third element"),
    }
    println!("pop = {:?}", v.pop());
    println!("after pop = {:?}, len = {}", v, v.len());
    v[0] = 50;
    let w = vec![1, 2, 3];
    let z = vec![0; 4];
    println!("v = {:?}, w = {:?}, z = {:?}", v, w, z);
    v.insert(1, 99);
    println!("insert = {:?}", v);
    let removed = v.remove(0);
    println!("removed {}, v = {:?}", removed, v);
    println!("contains 99 = {}", v.contains(&99));
    println!("first = {:?}, last = {:?}", v.first(), v.last());
    let mut s = vec![3, 1, 2];
    s.sort();
    println!("sorted = {:?}", s);
    s.reverse();
    println!("reversed = {:?}", s);
    s.clear();
    println!("cleared = {:?}", s);
    let strings = vec![String::from("a"), String::from("b")];
    let first = &strings[0];
    println!("first string = {}", first);
    let mut e: Vec<Vec<i32>> = vec![vec![], vec![1]];
    e[0].push(8);
    println!("nested = {:?}", e);
}
