use std::rc::Rc;

#[derive(Debug)]
struct Circle {
    r: f64,
}

impl Circle {
    fn area(&self) -> f64 {
        self.r * self.r * 3.0
    }

    fn grow(&mut self, by: f64) {
        self.r += by;
    }
}

fn main() {
    let mut c = Circle { r: 1.0 };
    c.grow(1.0);
    println!("c.area() = {}", c.area());

    let b = Box::new(Circle { r: 2.0 });
    println!("box area = {}", b.area());
    let mut bm = Box::new(Circle { r: 0.5 });
    bm.grow(0.5);
    println!("bm.r = {}", bm.r);

    let rc = Rc::new(Circle { r: 3.0 });
    println!("rc area = {}", rc.area());

    let rf = &c;
    let rrf = &rf;
    println!("rrf.area() = {}, rrf.r = {}", rrf.area(), rrf.r);

    let boxed_num = Box::new(41);
    let n = *boxed_num + 1;
    println!("n = {}", n);
    let s = Box::new(String::from("boxed"));
    println!("len = {}, upper = {}", s.len(), s.to_uppercase());
    let rcs = Rc::new(String::from("shared"));
    println!("rc len = {}", rcs.len());
}
