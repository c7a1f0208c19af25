#[derive(Debug)]
struct D(u32);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); } }
fn main() {
    let a = vec![D(1), D(2), D(3), D(4)];
    let b = vec![D(10), D(20)];
    {
        let mut z = a.into_iter().zip(b.into_iter()).rev();
        let p = z.next();
        println!("got {:?}", p);
    }
    println!("--");
    let c = vec![D(5), D(6)];
    let d = vec![D(7), D(8)];
    {
        let mut ch = c.into_iter().chain(d.into_iter());
        let x = ch.next_back();
        println!("got {:?}", x);
        let y = ch.next();
        println!("got {:?}", y);
    }
    println!("--");
    let nested = vec![vec![D(31), D(32)], vec![D(33), D(34)]];
    {
        let mut fl = nested.into_iter().flatten();
        let x = fl.next_back();
        println!("got {:?}", x);
        let y = fl.next();
        println!("got {:?}", y);
    }
    println!("--");
    let e = vec![D(41), D(42), D(43), D(44), D(45)];
    let t: Vec<D> = e.into_iter().take(4).rev().take(1).collect();
    println!("{:?}", t);
    println!("end");
}
