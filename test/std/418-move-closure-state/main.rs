// A `move` closure owns copies of the Copy values it captures: its state is its own, per closure value, per
// clone; a user `impl Clone` runs for every clone, inside a Vec too.
#[derive(Debug)]
enum Shape { Dot, Line(i32) }

impl Clone for Shape {
    fn clone(&self) -> Shape {
        println!("cloning {:?}", self);
        match self { Shape::Dot => Shape::Line(0), Shape::Line(n) => Shape::Line(n + 1) }
    }
}

fn make_counter(start: u32) -> impl FnMut() -> u32 {
    let mut n = start;
    move || { n += 1; n }
}

fn main() {
    let mut count = 0;
    let mut inc = move || { count += 1; count };
    inc();
    inc();
    println!("count = {count}, inc = {}", inc());

    let mut a = make_counter(0);
    let mut b = make_counter(10);
    println!("{} {} {}", a(), a(), b());

    let mut fs = Vec::new();
    for i in 0..3 {
        let mut acc = i * 10;
        fs.push(move || { acc += 1; acc });
    }
    for f in fs.iter_mut() { print!("{} ", f()); }
    for f in fs.iter_mut() { print!("{} ", f()); }
    println!();

    let mut total = 5;
    let mut add = move |x: i32| { total += x; total };
    add(1);
    let mut add2 = add.clone();
    println!("{} {} {}", add(10), add2(100), total);

    let name = String::from("ab");
    let greet = move |x: i32| format!("{name}{x}");
    let g2 = greet.clone();
    drop(greet);
    println!("{}", g2(3));

    let s = Shape::Dot;
    let t = s.clone();
    println!("{:?} {:?}", s, t);
    let v = vec![Shape::Line(1), Shape::Dot];
    let w = v.clone();
    println!("{:?} {:?}", v, w);
}
