// `Option::into_iter` / `Result::into_iter` yield the payload once by value; `flatten` over them; an item not
// taken drops with the iterator.
struct Noisy(&'static str);
impl Drop for Noisy { fn drop(&mut self) { println!("drop {}", self.0); } }

fn main() {
    let o: Option<Vec<i32>> = Some(vec![1, 2]);
    for x in o.iter().flatten() { print!("{} ", x); }
    println!();
    let total: i32 = o.into_iter().flatten().sum();
    println!("{}", total);
    let z: Option<&i32> = None;
    println!("{}", z.into_iter().count());
    let r: Result<u8, String> = Ok(3);
    println!("{:?}", r.into_iter().collect::<Vec<_>>());
    let e: Result<u8, String> = Err("bad".into());
    println!("{:?}", e.into_iter().next());
    let firsts: Vec<i32> = vec![Some(1), None, Some(3)].into_iter().flat_map(|x| x.into_iter()).collect();
    println!("{:?}", firsts);
    let it = Some(Noisy("kept")).into_iter();
    println!("made");
    drop(it);
    let mut it2 = Some(Noisy("taken")).into_iter();
    let n = it2.next();
    println!("{}", n.is_some());
    drop(it2);
    println!("end");
}
