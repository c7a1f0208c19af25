// What Option / Result's by-value methods discard is dropped there, as in std: an unused default or argument, an
// Err's payload, a filtered-out value (a Drop impl prints; an Rc's count goes down).
use std::rc::Rc;
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) { println!("drop {}", self.0); }
}
fn main() {
    let a: Result<i32, Noisy> = Err(Noisy("err-payload"));
    println!("unwrap_or -> {}", a.unwrap_or(7));
    let b: Option<Noisy> = Some(Noisy("kept"));
    let kept = b.unwrap_or(Noisy("default"));
    println!("got {}", kept.0);
    let c: Option<Noisy> = Some(Noisy("c"));
    let d = c.or(Some(Noisy("or-arg")));
    println!("or -> {}", d.as_ref().map(|n| n.0).unwrap_or("-"));
    let e: Option<Noisy> = Some(Noisy("and-self"));
    let f = e.and(Some(Noisy("and-arg")));
    println!("and -> {}", f.as_ref().map(|n| n.0).unwrap_or("-"));
    let g: Result<Noisy, Noisy> = Err(Noisy("ok-err"));
    println!("ok -> {}", g.ok().is_none());
    let h: Result<Noisy, Noisy> = Ok(Noisy("err-ok"));
    println!("err -> {}", h.err().is_none());
    let i = Some(Noisy("filtered"));
    println!("filter -> {}", i.filter(|n| n.0.len() > 20).is_none());
    let j = Some(Noisy("ok_or-val"));
    let k = j.ok_or(Noisy("ok_or-err"));
    println!("ok_or -> {}", k.is_ok());
    let shared = Rc::new(5);
    let other = Rc::clone(&shared);
    let r = Rc::try_unwrap(other).unwrap_or(0);
    println!("{} {}", r, Rc::strong_count(&shared));
    let m: Result<i32, Noisy> = Err(Noisy("map_or-err"));
    println!("map_or -> {}", m.map_or(1, |x| x * 2));
    let z = Some(Noisy("zip-a")).zip(None::<Noisy>);
    println!("zip -> {}", z.is_none());
    let x = Some(Noisy("xor-a")).xor(Some(Noisy("xor-b")));
    println!("xor -> {}", x.is_none());
    let q: Result<i32, Noisy> = Err(Noisy("is_ok_and-err"));
    println!("is_ok_and -> {}", q.is_ok_and(|v| v > 0));
    println!("end");
}
