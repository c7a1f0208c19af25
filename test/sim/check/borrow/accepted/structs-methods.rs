// Methods with &self / &mut self / self, struct fields borrowed separately, Box and Rc.
use std::cell::RefCell;
use std::rc::Rc;

struct Counter {
    n: u32,
    log: Vec<String>,
}

impl Counter {
    fn new() -> Self {
        Counter { n: 0, log: Vec::new() }
    }
    fn bump(&mut self) -> u32 {
        self.n += 1;
        self.log.push(format!("{}", self.n));
        self.n
    }
    fn last(&self) -> Option<&String> {
        self.log.last()
    }
    fn into_log(self) -> Vec<String> {
        self.log
    }
}

fn main() {
    let mut c = Counter::new();
    c.bump();
    let b = c.bump();
    if let Some(l) = c.last() {
        println!("{l} {b}");
    }
    let n = &mut c.n;
    let log = &c.log;
    *n += 1;
    println!("{} {:?}", log.len(), log);
    let all = c.into_log();
    println!("{:?}", all);

    let shared = Rc::new(RefCell::new(vec![1]));
    let other = Rc::clone(&shared);
    other.borrow_mut().push(2);
    println!("{:?}", shared.borrow());

    let mut boxed = Box::new(5);
    *boxed += 1;
    let inner = *boxed;
    println!("{inner}");

    let mut grid = vec![vec![0; 3]; 2];
    grid[0][1] = 4;
    let row = &mut grid[1];
    row[2] = 7;
    println!("{:?}", grid);
}
