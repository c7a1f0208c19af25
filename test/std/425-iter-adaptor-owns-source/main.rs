struct D(&'static str, i32);
impl Drop for D {
    fn drop(&mut self) {
        println!("  drop {}{}", self.0, self.1);
    }
}

fn ds(tag: &'static str, n: i32) -> Vec<D> {
    (1..=n).map(|i| D(tag, i)).collect()
}

fn main() {
    println!("stored map, one next:");
    let mut m = ds("a", 3).into_iter().map(|d| d.1 * 10);
    println!("  {:?}", m.next());
    drop(m);

    println!("zip with a moved Vec:");
    let mut z = ds("b", 2).into_iter().zip(ds("c", 3));
    if let Some((x, y)) = z.next() {
        println!("  got {} {}", x.1, y.1);
    }
    drop(z);

    println!("chain, then scope end:");
    {
        let mut c = ds("d", 1).into_iter().chain(ds("e", 2).into_iter());
        let first = c.next().map(|d| d.1);
        println!("  first {:?}", first);
    }

    println!("peekable filter, break:");
    let mut p = ds("f", 4).into_iter().filter(|d| d.1 % 2 == 0).peekable();
    if let Some(d) = p.peek() {
        println!("  peek {}", d.1);
    }
    for d in p.by_ref() {
        println!("  took {}", d.1);
        break;
    }
    println!("  after break");
    drop(p);

    println!("sum over a map:");
    let s: i32 = ds("g", 3).into_iter().map(|d| d.1).sum();
    println!("  sum {}", s);

    println!("find stops early:");
    let f = ds("h", 3).into_iter().find(|d| d.1 == 2).map(|d| d.1);
    println!("  found {:?}", f);

    println!("local moved into adaptor:");
    let it = ds("i", 2).into_iter();
    let mut t = it.skip(1);
    println!("  skip -> {:?}", t.next().map(|d| d.1));
    println!("end of main");
}
