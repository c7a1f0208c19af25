struct D(u32);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); } }
fn main() {
    let v = vec![D(1), D(2), D(3), D(4), D(5)];
    {
        let mut it = v.into_iter().rev();
        let a = it.next().unwrap();
        println!("got {}", a.0);
        let b = it.next_back().unwrap();
        println!("got {}", b.0);
        println!("dropping it");
    }
    println!("--");
    let w = vec![D(10), D(20), D(30), D(40)];
    for d in w.into_iter().rev() {
        if d.0 == 30 { println!("break"); break; }
        println!("see {}", d.0);
    }
    println!("--");
    let arr = [D(7), D(8), D(9)];
    let mut ai = arr.into_iter();
    let x = ai.next_back();
    println!("{}", x.as_ref().unwrap().0);
    drop(ai);
    println!("end");
}
