// Reference patterns rustc accepts: match ergonomics on &/&mut, walking lists by reference and by &mut,
// Option<&mut T>, iter_mut, field borrows through &self, swapping through references, reborrow loops.
#[derive(Debug)]
enum Shape {
    Circle { r: f64 },
    Rect(f64, f64),
}

struct List {
    head: Option<Box<Item>>,
}

struct Item {
    v: i32,
    next: Option<Box<Item>>,
}

impl List {
    fn push(&mut self, v: i32) {
        let old = self.head.take();
        self.head = Some(Box::new(Item { v, next: old }));
    }
    fn sum(&self) -> i32 {
        let mut s = 0;
        let mut cur = &self.head;
        while let Some(item) = cur {
            s += item.v;
            cur = &item.next;
        }
        s
    }
    fn bump_all(&mut self) {
        let mut cur = &mut self.head;
        while let Some(item) = cur {
            item.v += 1;
            cur = &mut item.next;
        }
    }
    fn first_mut(&mut self) -> Option<&mut i32> {
        match &mut self.head {
            Some(item) => Some(&mut item.v),
            None => None,
        }
    }
}

fn area(s: &Shape) -> f64 {
    match s {
        Shape::Circle { r } => 3.0 * r * r,
        Shape::Rect(w, h) => w * h,
    }
}

fn grow(s: &mut Shape) {
    match s {
        Shape::Circle { r } => *r += 1.0,
        Shape::Rect(w, _) => *w *= 2.0,
    }
}

fn main() {
    let mut shapes = vec![Shape::Circle { r: 1.0 }, Shape::Rect(2.0, 3.0)];
    for s in shapes.iter_mut() {
        grow(s);
    }
    for s in &mut shapes {
        if let Shape::Rect(_, h) = s {
            *h += 1.0;
        }
    }
    let total: f64 = shapes.iter().map(area).sum();
    println!("{total} {:?}", shapes);

    let mut l = List { head: None };
    l.push(1);
    l.push(2);
    l.bump_all();
    if let Some(v) = l.first_mut() {
        *v *= 10;
    }
    println!("{}", l.sum());

    let mut a = 1;
    let mut b = 2;
    {
        let (x, y) = (&mut a, &mut b);
        std::mem::swap(x, y);
    }
    println!("{a} {b}");

    let mut v = vec![3, 1, 2];
    let mut r = &mut v;
    r.push(4);
    let r2 = &mut *r;
    r2.sort();
    r = r2;
    r.push(5);
    println!("{:?}", v);

    let pairs = vec![(1, String::from("a")), (2, String::from("b"))];
    for (n, s) in &pairs {
        println!("{n} {s}");
    }
    for &(n, ref s) in pairs.iter() {
        println!("{n} {s}");
    }
    let found = pairs.iter().find(|(n, _)| *n == 2).map(|(_, s)| s.clone());
    println!("{:?} {}", found, pairs.len());

    let mut opt = Some(3);
    if let Some(x) = opt.as_mut() {
        *x += 1;
    }
    if let Some(ref mut x) = opt {
        *x += 1;
    }
    match opt {
        Some(ref x) if *x > 4 => println!("{x}"),
        _ => {}
    }
    println!("{:?}", opt);

    let text = String::from("a,b");
    let parts: Vec<&str> = text.split(',').collect();
    let joined = parts.join("-");
    println!("{joined} {text}");
}
