// More programs rustc accepts: trait objects, generics with bounds, Rc<RefCell> graphs, iterator chains,
// early returns holding borrows, labelled breaks, shadowed loop variables, closures returned and stored.
use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String {
        String::from("shape")
    }
}

struct Sq(f64);

impl Shape for Sq {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

impl fmt::Display for Sq {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Sq({})", self.0)
    }
}

fn largest<T: PartialOrd + Copy>(xs: &[T]) -> T {
    let mut big = xs[0];
    for &x in xs {
        if x > big {
            big = x;
        }
    }
    big
}

fn find<'a>(hay: &'a [String], needle: &str) -> Option<&'a String> {
    for h in hay {
        if h == needle {
            return Some(h);
        }
    }
    None
}

fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn boxed() -> Box<dyn Fn(i32) -> i32> {
    let k = 3;
    Box::new(move |x| x * k)
}

#[derive(Debug)]
struct Tree {
    kids: RefCell<Vec<Rc<Tree>>>,
    v: i32,
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Sq(2.0))];
    for s in shapes.iter() {
        println!("{} {}", s.name(), s.area());
    }
    println!("{}", Sq(1.0));
    println!("{}", largest(&[1, 5, 3]));

    let words = vec![String::from("a"), String::from("b")];
    if let Some(w) = find(&words, "b") {
        println!("{w}");
    }
    let add = make_adder(2);
    let mul = boxed();
    println!("{} {}", add(1), mul(2));

    let leaf = Rc::new(Tree { kids: RefCell::new(vec![]), v: 3 });
    let root = Rc::new(Tree { kids: RefCell::new(vec![Rc::clone(&leaf)]), v: 1 });
    root.kids.borrow_mut().push(Rc::new(Tree { kids: RefCell::new(vec![]), v: 2 }));
    let total: i32 = root.kids.borrow().iter().map(|k| k.v).sum();
    println!("{total} {} {:?}", leaf.v, Rc::strong_count(&leaf));

    let mut grid = vec![vec![0; 2]; 2];
    'outer: for i in 0..2 {
        for j in 0..2 {
            if i + j > 2 {
                break 'outer;
            }
            grid[i][j] = i + j;
        }
    }
    let row0 = &grid[0];
    let n = row0.len();
    grid.push(vec![n]);

    let mut names: Vec<String> = Vec::new();
    for i in 0..3 {
        let i = i * 2;
        names.push(format!("n{i}"));
    }
    let joined = names.join(",");
    names.clear();
    println!("{joined}");

    let mut fns: Vec<Box<dyn Fn() -> String>> = Vec::new();
    for i in 0..2 {
        let label = format!("f{i}");
        fns.push(Box::new(move || label.clone()));
    }
    for f in &fns {
        println!("{}", f());
    }

    let text = String::from("one two");
    let first = text.split(' ').next().unwrap_or("");
    let upper = first.to_uppercase();
    drop(text);
    println!("{upper}");

    let mut opt: Option<Vec<i32>> = None;
    let v = opt.get_or_insert_with(Vec::new);
    v.push(1);
    println!("{:?}", opt);

    let mut it = vec![1, 2, 3].into_iter();
    while let Some(x) = it.next() {
        if x == 2 {
            continue;
        }
        println!("{x}");
    }

    let s = String::from("abc");
    let r = &s;
    let t = r.clone();
    let u = s;
    println!("{t} {u}");
}
